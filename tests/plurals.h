#pragma once
// Shared by tests that read user-visible summaries (tst_jobintake, tst_adddialog).

#include <QRegularExpression>
#include <QString>

// Tests run without a translator, so %n plurals read "job(s)"; the English translation would say "jobs" (or
// "job"). `phrase` is written the untranslated way and matches either.
inline bool says(const QString &text, const QString &phrase)
{
    QString pattern = QRegularExpression::escape(phrase);
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(\\(s\\)|s)?"));
    return QRegularExpression(pattern).match(text).hasMatch();
}
