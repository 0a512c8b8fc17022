// Precompiled for every app/ layer, the CLI, ui/ and the tests: the Qt Core headers nearly every file uses.
// Only headers from Qt Core and the standard library, so the one precompiled file serves every target.
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
