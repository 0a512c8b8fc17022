#pragma once
// The profile dialog: the saved profiles on the left (create, duplicate, delete, import, export),
// the selected profile's form on the right with validation messages next to the fields, the key shown as
// ••••last4 with "Replace", Test connection with its specific outcome, and for custom mappings the mapping
// editor with a live preview. Import conflicts go through a resolver seam (tests answer it; the app asks).

#include "model/profile.h"
#include "profiles/profileimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace jw {

class BalanceRow;
class ConnectionTest;
class KeyField;
class MappingEditor;
class ProfileStore;
class Scheduler;

class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    ProfileDialog(ProfileStore *store, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &profileId);
    QString currentProfileId() const { return m_currentId; }
    void newProfile(const QString &dialect = QStringLiteral("theo"));
    void duplicateProfile();
    void deleteProfile();
    // Validates and saves the form; false (and messages next to the fields) when invalid.
    bool saveProfile();
    // Runs Test connection with the form's values and key (a replacement key, or the saved one).
    void testConnection();
    // Focuses the key field in "Replace" mode (the "Set key…" action).
    void replaceKey();
    // Puts the cursor in the request budget (rate) field: "Raise budget…" from the status bar.
    void focusBudget();

    // Where the "Balance:" row reads the account's balance (the engine); without it the row stays hidden.
    void setBalanceSource(Scheduler *scheduler);

    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    ImportReport importFile(const QString &path);
    bool exportFile(const QString &path, QString *error = nullptr) const;

    Profile formProfile() const; // the form's current values
    MappingEditor *mappingEditor() const { return m_mapping; }

Q_SIGNALS:
    void connectionTested(bool success, const QString &message);

private:
    void buildUi();
    void reloadList();
    void loadForm(const Profile &profile);
    void onDialectChanged();
    void validate();
    void showKeyState(const QString &text);
    // True when `p`'s key is an access key and a secret key that sign a token (jwt-hs256): two fields.
    static bool signsTokens(const Profile &p);
    void onKeySaved(const QString &profileId, const QString &error, bool unavailable);

    ProfileStore *m_store;
    QNetworkAccessManager *m_nam;
    ConnectionTest *m_test;
    ConflictResolver m_resolver;
    QString m_currentId;
    QString m_previousDialect;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_dialect = nullptr;
    QLabel *m_dialectError = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QComboBox *m_authScheme = nullptr;
    QLineEdit *m_authHeader = nullptr;
    QCheckBox *m_adaptive = nullptr;
    QSpinBox *m_interval = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_burst = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_maxWait = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_onFinish = nullptr; // this profile's run-on-finish program
    QLabel *m_onFinishError = nullptr;
    KeyField *m_key = nullptr;
    QLabel *m_keyProblem = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    QPushButton *m_fileStore = nullptr;
    QLineEdit *m_testJob = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    BalanceRow *m_balance = nullptr;
    QPushButton *m_save = nullptr;
    MappingEditor *m_mapping = nullptr;
    QString m_pendingKey; // the key whose save failed (offered as session-only or file store)
};

} // namespace jw
