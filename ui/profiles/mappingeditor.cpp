#include "profiles/mappingeditor.h"

#include "formats/parser.h"
#include "formats/registry.h"
#include "model/job.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <variant>

using namespace Qt::StringLiterals;

namespace jw {

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_mapping(new QPlainTextEdit(this))
    , m_sample(new QPlainTextEdit(this))
    , m_preview(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_mapping->setObjectName(u"mappingEdit"_s);
    m_sample->setObjectName(u"sampleEdit"_s);
    m_preview->setObjectName(u"mappingPreview"_s);
    m_status->setObjectName(u"mappingStatus"_s);
    m_mapping->setFont(mono);
    m_sample->setFont(mono);
    m_mapping->setPlaceholderText(tr("The mapping JSON (see docs/mapping.md), e.g. {\"formatVersion\": 1, \"pollUrl\": \"{base}/v1/jobs/{id}\", \"id\": \"id\", \"status\": \"status\"}"));
    m_sample->setPlaceholderText(tr("Paste a sample status response here to preview the parsed job."));
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Field"), tr("Value")});
    m_preview->setRootIsDecorated(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    auto *mappingBox = new QWidget(left);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("Mapping"), mappingBox));
    mappingLayout->addWidget(m_mapping);
    auto *sampleBox = new QWidget(left);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(new QLabel(tr("Sample response"), sampleBox));
    sampleLayout->addWidget(m_sample);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Parsed job (live preview)"), right));
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    left->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this); // the style's margins, like the form on the Profile tab
    layout->addWidget(split);

    connect(m_mapping, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        Q_EMIT mappingChanged();
    });
    connect(m_sample, &QPlainTextEdit::textChanged, this, &MappingEditor::updatePreview);
    updatePreview();
}

QByteArray MappingEditor::mappingJson() const
{
    return m_mapping->toPlainText().trimmed().toUtf8();
}

void MappingEditor::setMappingJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_mapping->setPlainText(doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) : QString::fromUtf8(json));
}

void MappingEditor::setSample(const QString &sample)
{
    m_sample->setPlainText(sample);
}

QList<QPair<QString, QString>> MappingEditor::previewFields() const
{
    QList<QPair<QString, QString>> fields;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i)
        fields.append({m_preview->topLevelItem(i)->text(0), m_preview->topLevelItem(i)->text(1)});
    return fields;
}

QString MappingEditor::previewError() const
{
    return m_status->text();
}

void MappingEditor::updatePreview()
{
    m_preview->clear();
    QString error;
    const std::unique_ptr<Dialect> dialect = createMappingDialect(mappingJson(), &error);
    if (!dialect) {
        if (mappingJson().isEmpty())
            showStatus(tr("Write a mapping to see the preview."), false);
        else
            showStatus(tr("Mapping: %1").arg(error), true);
        return;
    }
    const QByteArray sample = m_sample->toPlainText().trimmed().toUtf8();
    if (sample.isEmpty()) {
        showStatus(tr("The mapping is valid. Paste a sample response to preview it."), false);
        return;
    }
    const ParseResult parsed = parseJob(sample, *dialect);
    if (const auto *e = std::get_if<ParseError>(&parsed)) {
        showStatus(tr("Sample: %1").arg(e->message), true);
        return;
    }
    // The snapshot as the engine sees it, field by field (DESIGN.md §2).
    const QJsonObject snapshot = toJson(std::get<JobSnapshot>(parsed));
    for (const QString &field : {u"id"_s, u"type"_s, u"state"_s, u"rawStatus"_s, u"progress"_s, u"step"_s, u"message"_s,
                                 u"done"_s, u"total"_s, u"error"_s, u"artifacts"_s, u"report"_s, u"createdAt"_s,
                                 u"updatedAt"_s, u"completedAt"_s, u"requestId"_s}) {
        const QJsonValue v = snapshot.value(field);
        QString text;
        if (v.isNull() || v.isUndefined())
            text = u"\u2014"_s;
        else if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else if (v.isArray() && field == u"artifacts"_s) {
            QStringList urls;
            for (const QJsonArray items = v.toArray(); const QJsonValue &a : items)
                urls << a.toObject().value("kind"_L1).toString() + u": "_s + a.toObject().value("url"_L1).toString();
            text = urls.isEmpty() ? u"\u2014"_s : urls.join(u'\n');
        } else
            text = QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
        auto *item = new QTreeWidgetItem(m_preview, {field, text});
        item->setToolTip(1, text);
    }
    showStatus(tr("Parsed."), false);
}

void MappingEditor::showStatus(const QString &text, bool problem)
{
    // Problems in the same red as the profile form's field messages.
    m_status->setStyleSheet(problem ? u"color: #b91c1c;"_s : QString());
    m_status->setText(text);
}

} // namespace jw
