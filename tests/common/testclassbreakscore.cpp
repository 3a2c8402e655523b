/***************************************************************************
  testclassbreakscore.cpp - quantile classes of any measure and bivariate labels
 ***************************************************************************/
#include "bivariateclasses.h"
#include "classbreaks.h"

#include <QObject>
#include <QtTest>

#include <cmath>

Q_DECLARE_METATYPE( std::vector<double> )
Q_DECLARE_METATYPE( std::vector<int> )

class TestClassBreaks : public QObject
{
    Q_OBJECT

  private slots:
    void quantileClasses_data();
    void quantileClasses();
    void upperBounds();
    void intervalsFallInAClassOrSpan();
    void emptyInput();
    void bivariateIndexAndCode();
    void labels_data();
    void labels();
};

void TestClassBreaks::quantileClasses_data()
{
  QTest::addColumn<std::vector<double>>( "values" );
  QTest::addColumn<int>( "classes" );
  QTest::addColumn<std::vector<int>>( "expected" );

  // Sorted positions p = 1..10, class = ceil(p * 5 / 10) = ceil(p / 2).
  QTest::newRow( "10 distinct, quintiles" ) << std::vector<double> { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 } << 5 << std::vector<int> { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 };
  // Input order does not matter: 55 is p=6 -> 3, 12 p=1 -> 1, 70 p=9 -> 5, 31 p=4 -> 2 ...
  QTest::newRow( "unsorted, quintiles" ) << std::vector<double> { 55, 12, 70, 31, 44, 60, 25, 66, 90, 50 } << 5
                                         // sorted: 12(1) 25(2) 31(3) 44(4) 50(5) 55(6) 60(7) 66(8) 70(9) 90(10)
                                         << std::vector<int> { 3, 1, 5, 2, 2, 4, 1, 4, 5, 3 };
  // Exact breaks stay exact: 6 values, 3 classes -> p=2 gives ceil(1) = 1, p=3 gives ceil(1.5) = 2.
  QTest::newRow( "exact break" ) << std::vector<double> { 1, 2, 3, 4, 5, 6 } << 3 << std::vector<int> { 1, 1, 2, 2, 3, 3 };
  // A tie on the break of a 2 x 2 axis: 1 2 2 3, the 2s at positions 2 and 3, mean 2.5:
  // ceil(2.5 * 2 / 4) = ceil(1.25) = 2, so both 2s go up; 1 -> ceil(0.5) = 1, 3 -> 2.
  QTest::newRow( "tie on a break, 2 classes" ) << std::vector<double> { 2, 1, 3, 2 } << 2 << std::vector<int> { 2, 1, 2, 2 };
  // Three tied 3s at positions 2..4 (mean 3) of 6: ceil(3 * 3 / 6) = ceil(1.5) = 2;
  // 1 -> ceil(0.5) = 1; 5 (p 5) -> ceil(2.5) = 3; 9 (p 6) -> 3.
  QTest::newRow( "tie across a break, 3 classes" ) << std::vector<double> { 5, 1, 3, 3, 3, 9 } << 3 << std::vector<int> { 3, 1, 2, 2, 2, 3 };
  // A tie whose mean position lands exactly on a break stays below it:
  // 1 2 2 4 in 2 classes... positions of the 2s are 2, 3 (mean 2.5) -> 2. With 1 1 3 4 the 1s
  // sit at mean 1.5: ceil(1.5 * 2 / 4) = ceil(0.75) = 1; 3 -> ceil(1.5) = 2.
  QTest::newRow( "tie below a break" ) << std::vector<double> { 1, 1, 3, 4 } << 2 << std::vector<int> { 1, 1, 2, 2 };
  // All equal: one block at mean position 2.5 of 4 -> ceil(2.5 * 3 / 4) = ceil(1.875) = 2.
  QTest::newRow( "all equal" ) << std::vector<double> { 7, 7, 7, 7 } << 3 << std::vector<int> { 2, 2, 2, 2 };
  // 5 x 5 with 7 values: p -> ceil(5p / 7): 1,2,3,3,4,5,5.
  QTest::newRow( "7 values, 5 classes" ) << std::vector<double> { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 } << 5 << std::vector<int> { 1, 2, 3, 3, 4, 5, 5 };
  // Fewer values than classes leaves classes empty: p -> ceil(5p / 2) = 3, 5.
  QTest::newRow( "2 values, 5 classes" ) << std::vector<double> { 4, 3 } << 5 << std::vector<int> { 5, 3 };
  QTest::newRow( "negative values" ) << std::vector<double> { -1, -3, -2 } << 3 << std::vector<int> { 3, 1, 2 };
}

void TestClassBreaks::quantileClasses()
{
  QFETCH( std::vector<double>, values );
  QFETCH( int, classes );
  QFETCH( std::vector<int>, expected );
  QCOMPARE( placegap::quantileClasses( values, classes ), expected );
}

// Thresholds 60 | 75 | (empty) | 90: class 1 up to 60, 2 up to 75, 4 up to 90 and above.
void TestClassBreaks::intervalsFallInAClassOrSpan()
{
  const double nan = std::nan( "" );
  const std::vector<double> bounds { 60, 75, nan, 90 };
  QCOMPARE( placegap::classOfValue( bounds, 10 ), 1 );
  QCOMPARE( placegap::classOfValue( bounds, 60 ), 1 );
  QCOMPARE( placegap::classOfValue( bounds, 60.5 ), 2 );
  QCOMPARE( placegap::classOfValue( bounds, 80 ), 4 );
  QCOMPARE( placegap::classOfValue( bounds, 99 ), 4 );         // above every bound: the top class
  QCOMPARE( placegap::classOfInterval( bounds, 97, 100 ), 4 ); // a "97-100%" band
  QCOMPARE( placegap::classOfInterval( bounds, 76, 100 ), 4 );
  QCOMPARE( placegap::classOfInterval( bounds, 61, 75 ), 2 );
  QCOMPARE( placegap::classOfInterval( bounds, 0, 100 ), 0 ); // suppressed: could be anywhere
  QCOMPARE( placegap::classOfInterval( bounds, 70, 80 ), 0 );
  QCOMPARE( placegap::classOfValue( { nan, nan }, 5 ), 0 );
}

void TestClassBreaks::upperBounds()
{
  const std::vector<double> values { 5, 1, 3, 3, 3, 9 };
  const std::vector<int> classes = placegap::quantileClasses( values, 3 );
  const std::vector<double> bounds = placegap::classUpperBounds( values, classes, 3 );
  QCOMPARE( bounds.size(), std::size_t( 3 ) );
  QCOMPARE( bounds[0], 1.0 );
  QCOMPARE( bounds[1], 3.0 );
  QCOMPARE( bounds[2], 9.0 );

  const std::vector<double> sparse = placegap::classUpperBounds( { 4, 3 }, { 5, 3 }, 5 );
  QVERIFY( std::isnan( sparse[0] ) && std::isnan( sparse[1] ) && std::isnan( sparse[3] ) );
  QCOMPARE( sparse[2], 3.0 );
  QCOMPARE( sparse[4], 4.0 );
}

void TestClassBreaks::emptyInput()
{
  QVERIFY( placegap::quantileClasses( {}, 3 ).empty() );
  QVERIFY( placegap::quantileClasses( { 1, 2 }, 0 ).empty() );
}

void TestClassBreaks::bivariateIndexAndCode()
{
  QCOMPARE( placegap::bivariateIndex( 1, 1, 3 ), 1 );
  QCOMPARE( placegap::bivariateIndex( 1, 3, 3 ), 3 );
  QCOMPARE( placegap::bivariateIndex( 2, 1, 3 ), 4 );
  QCOMPARE( placegap::bivariateIndex( 3, 3, 3 ), 9 );
  QCOMPARE( placegap::bivariateIndex( 5, 5, 5 ), 25 );
  QCOMPARE( placegap::bivariateIndex( 2, 2, 2 ), 4 );
  QCOMPARE( placegap::bivariateCode( 1, 3 ), std::string( "1-3" ) );
}

void TestClassBreaks::labels_data()
{
  QTest::addColumn<int>( "deprivation" );
  QTest::addColumn<int>( "attainment" );
  QTest::addColumn<int>( "classes" );
  QTest::addColumn<QString>( "expected" );
  QTest::newRow( "3x3 corner" ) << 1 << 1 << 3 << "most deprived / low attainment";
  QTest::newRow( "3x3 middle" ) << 2 << 2 << 3 << "mid deprivation / mid attainment";
  QTest::newRow( "3x3 beats the odds" ) << 1 << 3 << 3 << "most deprived / high attainment";
  QTest::newRow( "2x2" ) << 2 << 1 << 2 << "less deprived / low attainment";
  QTest::newRow( "4x4" ) << 2 << 3 << 4 << "more deprived / upper-mid attainment";
  QTest::newRow( "5x5" ) << 5 << 5 << 5 << "least deprived / highest attainment";
  QTest::newRow( "5x5 mid" ) << 3 << 1 << 5 << "mid deprivation / lowest attainment";
  QTest::newRow( "class out of range" ) << 4 << 1 << 3 << "";
  QTest::newRow( "too many classes" ) << 1 << 1 << 6 << "";
}

void TestClassBreaks::labels()
{
  QFETCH( int, deprivation );
  QFETCH( int, attainment );
  QFETCH( int, classes );
  QFETCH( QString, expected );
  QCOMPARE( QString::fromStdString( placegap::bivariateLabel( deprivation, attainment, classes ) ), expected );
}

QTEST_MAIN( TestClassBreaks )
#include "testclassbreakscore.moc"
