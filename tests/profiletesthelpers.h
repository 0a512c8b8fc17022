#pragma once
// Shared by the profile tests that need a whole ProfileStore (tst_profiledialog, tst_profileimport): the
// settings file, the profile list, the key vault and the store over them, in a temporary folder.

#include "model/profilelist.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

struct ProfileRig {
    std::unique_ptr<jw::Settings> settings;
    std::unique_ptr<jw::ProfileList> list;
    std::unique_ptr<jw::SecretVault> vault;
    std::unique_ptr<jw::ProfileStore> store;

    // Creates them in `dir`: settings from a fresh s.json, the vault's file store in keys.json.
    void start(const QTemporaryDir &dir)
    {
        const QString settingsPath = dir.filePath(QStringLiteral("s.json"));
        QFile::remove(settingsPath);
        settings = std::make_unique<jw::Settings>(settingsPath);
        list = std::make_unique<jw::ProfileList>();
        vault = std::make_unique<jw::SecretVault>(QStringLiteral("jobwatch-test"), dir.filePath(QStringLiteral("keys.json")));
        store = std::make_unique<jw::ProfileStore>(settings.get(), list.get(), vault.get());
    }
    // Destroys them, the store first.
    void stop()
    {
        store.reset();
        vault.reset();
        list.reset();
        settings.reset();
    }
};
