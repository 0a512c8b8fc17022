// Build tool: renders the app's SVG icon to PNG files of the hicolor sizes (no rsvg or ImageMagick needed).
//   jobwatch-rendericon ICON.svg OUTDIR SIZE…   → OUTDIR/SIZExSIZE/apps/io.github.jobwatch.Jobwatch.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: jobwatch-rendericon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "jobwatch-rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        if (size <= 0) {
            std::fprintf(stderr, "jobwatch-rendericon: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = args.at(2) + u"/%1x%1/apps"_s.arg(size);
        QDir().mkpath(dir);
        const QString path = dir + u"/io.github.jobwatch.Jobwatch.png"_s;
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "jobwatch-rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
