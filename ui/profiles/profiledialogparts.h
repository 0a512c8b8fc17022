#pragma once
// What ProfileDialog's two source files share: the custom-mapping entry of the dialect list, and the red
// problem labels under its fields (hidden while empty), and the colour-tag swatches.

#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

namespace jw::profiledialog {

inline const QString kCustom = QStringLiteral("__custom__"); // the dialect list's "Custom mapping…"
inline constexpr const char *kErrorStyle = "color: #b91c1c;";

// A round swatch of `colour` ("#rrggbb"); transparent when empty.
QIcon swatch(const QString &colour);
// A hidden, word-wrapped problem label named `name`.
QLabel *errorLabel(const QString &name, QWidget *parent);
// Shows `text` under its field, or hides the label when it is empty.
void setError(QLabel *label, const QString &text);

} // namespace jw::profiledialog
