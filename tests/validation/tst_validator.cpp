#include "validation/validator.h"

#include <QTest>

using namespace ewb;

class TstValidator : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
