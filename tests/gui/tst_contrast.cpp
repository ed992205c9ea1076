// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "compose/sizestatus.h"
#include "ui/jsonhighlighter.h"
#include "ui/palette.h"
#include "ui/sizemeter.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QProgressBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace ewb;

// WCAG 2.1 AA contrast (issue 13) of every colour the window gives a meaning, in the light and the
// dark palette: 4.5:1 for text, 3:1 for graphics (the meter's bar, underlines), each against the
// background it is drawn on. Colours that are rendered (the meter, the banner) are measured on the
// rendered widget, so a style sheet that paints them differently is caught too.
class TestContrast final : public QObject
{
    Q_OBJECT

private:
    static constexpr double text = 4.5;
    static constexpr double graphic = 3.0;

    static QPalette paletteFor(bool dark) { return dark ? darkPalette() : lightPalette(); }

    static void addPaletteRows(bool dark)
    {
        const QPalette p = paletteFor(dark);
        const char *look = dark ? "dark" : "light";
        const auto row = [&](const char *what, const QColor &fg, const QColor &bg, double minimum) {
            QTest::addRow("%s: %s", look, what) << fg << bg << minimum;
        };
        for (const auto &[name, tone] : {std::pair {"success", Tone::Success},
                 std::pair {"warning", Tone::Warning}, std::pair {"error", Tone::Error}}) {
            for (const auto &[where, role] :
                {std::pair {"window", QPalette::Window}, std::pair {"base", QPalette::Base},
                    std::pair {"alternate base", QPalette::AlternateBase}})
                row(qPrintable(
                        QStringLiteral("%1 text on %2").arg(QLatin1String(name), QLatin1String(where))),
                    toneColor(tone, p), p.color(role), text);
        }
        row("text on base", p.color(QPalette::Text), p.color(QPalette::Base), text);
        row("text on window", p.color(QPalette::WindowText), p.color(QPalette::Window), text);
        row("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), text);
        // Selected rows and the picked call type.
        row("selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), text);
        row("placeholder text", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), text);
        // The JSON editor's line numbers.
        row("line numbers", p.color(QPalette::PlaceholderText), p.color(QPalette::AlternateBase), text);
        row("tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), text);
        row("link (an info diagnostic's underline)", p.color(QPalette::Link), p.color(QPalette::Base), text);
    }

    // The sample's highlighted runs: each colour the highlighter gives JSON, on the editor's base.
    static void addHighlighterRows(bool dark)
    {
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        document.setPlainText(QStringLiteral(R"({"key": "string", "n": -1.5e3, "t": true, "x": null})"));
        JsonHighlighter highlighter(nullptr);
        highlighter.setDocument(&document);
        highlighter.setDark(dark); // highlights now (setDocument alone waits for the event loop)
        const QColor base = paletteFor(dark).color(QPalette::Base);
        QSet<QRgb> seen;
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            const QColor fg = range.format.foreground().color();
            if (seen.contains(fg.rgb()))
                continue;
            seen.insert(fg.rgb());
            const QString token = document.firstBlock().text().mid(range.start, range.length);
            QTest::addRow("%s: JSON %s", dark ? "dark" : "light", qPrintable(token)) << fg << base << text;
        }
        QVERIFY2(seen.size() >= 5,
            "the highlighter coloured fewer kinds of token than keys, strings, "
            "numbers, literals and punctuation");
    }

    // The middle of a widget's rendered pixels at a fraction of its width.
    static QColor pixelAt(QWidget *widget, double fx, double fy)
    {
        const QImage image = widget->grab().toImage();
        return image.pixelColor(qBound(0, int(image.width() * fx), image.width() - 1),
            qBound(0, int(image.height() * fy), image.height() - 1));
    }

private slots:
    void cleanupTestCase() { applyPalette(PaletteChoice::Light); }

    void colourPairs_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (bool dark : {false, true}) {
            addPaletteRows(dark);
            addHighlighterRows(dark);
        }
    }

    void colourPairs()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = contrastRatio(foreground, background);
        QVERIFY2(ratio >= minimum,
            qPrintable(QStringLiteral("%1 on %2: %3:1, below %4:1")
                           .arg(composited(foreground, background).name(), background.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(minimum)));
    }

    // Known values (WebAIM's checker): the formula itself.
    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(contrastRatio(Qt::white, QColor(0x76, 0x76, 0x76)) * 100), 454);
    }

    void meterBarStandsOut_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("stale");
        for (bool dark : {false, true}) {
            for (const auto &[name, level] : {std::pair {"normal", SizeLevel::Normal},
                     std::pair {"warning", SizeLevel::Warning}, std::pair {"error", SizeLevel::Error}})
                QTest::addRow("%s %s", dark ? "dark" : "light", name) << dark << int(level) << false;
            QTest::addRow("%s stale", dark ? "dark" : "light") << dark << int(SizeLevel::Normal) << true;
        }
    }

    // The bar is how the size reads at a glance: its filled part against its groove, 3:1.
    void meterBarStandsOut()
    {
        QFETCH(bool, dark);
        QFETCH(int, level);
        QFETCH(bool, stale);
        applyPalette(dark ? PaletteChoice::Dark : PaletteChoice::Light);
        SizeMeter meter;
        SizeGauge gauge;
        gauge.label = QStringLiteral("Call");
        gauge.limit = 32768;
        gauge.margin = 32000;
        gauge.bytes = 16384; // half full: the left half is the chunk, the right half the groove
        gauge.level = SizeLevel(level);
        meter.showGauges({gauge});
        meter.setStale(stale);
        meter.resize(400, meter.sizeHint().height());
        meter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&meter));
        auto *bar = meter.findChild<QProgressBar *>();
        QVERIFY(bar);
        const QColor chunk = pixelAt(bar, 0.25, 0.5);
        const QColor groove = pixelAt(bar, 0.75, 0.5);
        const double ratio = contrastRatio(chunk, groove);
        QVERIFY2(ratio >= graphic,
            qPrintable(QStringLiteral("bar %1 on groove %2: %3:1")
                           .arg(chunk.name(), groove.name())
                           .arg(ratio, 0, 'f', 2)));
        // And its label, the palette's text on the window.
        auto *label = meter.findChild<QLabel *>();
        QVERIFY(contrastRatio(label->palette().color(QPalette::WindowText),
                    label->palette().color(QPalette::Window)) >= text);
    }

    void warningBannerIsReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void warningBannerIsReadable()
    {
        QFETCH(bool, dark);
        applyPalette(dark ? PaletteChoice::Dark : PaletteChoice::Light);
        QLabel banner(QStringLiteral("No keychain: keys you enter are kept for this session only."));
        banner.setStyleSheet(warningBannerStyle(banner.palette()));
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        // Inside the border, in the padding: the tint; the text is the palette's.
        const QImage image = banner.grab().toImage();
        const QColor tint = image.pixelColor(3, image.height() / 2);
        const QColor textColor = banner.palette().color(QPalette::WindowText);
        QVERIFY2(contrastRatio(textColor, tint) >= text,
            qPrintable(QStringLiteral("%1 on %2").arg(textColor.name(), tint.name())));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
