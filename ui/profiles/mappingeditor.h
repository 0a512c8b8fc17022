#pragma once
// The custom mapping editor with a live preview: the mapping JSON on the left, a pasted sample
// response below it, and the parsed snapshot fields on the right, updated as either text changes.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace jw {

class MappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditor)
public:
    explicit MappingEditor(QWidget *parent = nullptr);

    QByteArray mappingJson() const;
    void setMappingJson(const QByteArray &json);
    void setSample(const QString &sample);
    // The preview's field -> value pairs (tests, and what the tree shows).
    QList<QPair<QString, QString>> previewFields() const;
    QString previewError() const;

Q_SIGNALS:
    void mappingChanged();

private:
    void updatePreview();
    void showStatus(const QString &text, bool problem);

    QPlainTextEdit *m_mapping;
    QPlainTextEdit *m_sample;
    QTreeWidget *m_preview;
    QLabel *m_status;
};

} // namespace jw
