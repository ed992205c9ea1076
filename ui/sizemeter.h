#pragma once

#include "compose/sizestatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace ewb {

// Bytes against the API's limits, for the call or for the batch and its largest item; normal,
// warning and error states. The tooltip says why it matters: the API answers 200 and drops
// oversize requests.
class SizeMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeMeter)
    Q_PROPERTY(int level READ level)

public:
    explicit SizeMeter(QWidget *parent = nullptr);

    void showGauges(const QList<SizeGauge> &gauges);
    int level() const { return int(m_level); }
    QString summary() const;

private:
    struct Row
    {
        QLabel *label;
        QProgressBar *bar;
    };
    QList<Row> m_rows;
    QVBoxLayout *m_layout;
    SizeLevel m_level = SizeLevel::Normal;
};

} // namespace ewb
