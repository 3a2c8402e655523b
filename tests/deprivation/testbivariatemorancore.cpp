/***************************************************************************
  testbivariatemorancore.cpp - spatial weights and bivariate Moran's I of the core
 ***************************************************************************/
#include "bivariatemoran.h"
#include "spatialweights.h"

#include <QObject>
#include <QtTest>

#include <cmath>

using placegap::NeighbourLists;
using placegap::PolygonRings;

namespace
{
  //! Unit squares of a rows x columns lattice, cell r * columns + c, closed rings.
  std::vector<PolygonRings> lattice( int rows, int columns )
  {
    std::vector<PolygonRings> cells;
    for ( int r = 0; r < rows; ++r )
      for ( int c = 0; c < columns; ++c )
        cells.push_back( PolygonRings { { { double( c ), double( r ) }, { c + 1.0, double( r ) }, { c + 1.0, r + 1.0 }, { double( c ), r + 1.0 }, { double( c ), double( r ) } } } );
    return cells;
  }

  //! Lattice neighbours by cell arithmetic: an independent route to what contiguity should find.
  NeighbourLists latticeNeighbours( int rows, int columns, bool queen )
  {
    NeighbourLists lists( static_cast<std::size_t>( rows * columns ) );
    for ( int r = 0; r < rows; ++r )
      for ( int c = 0; c < columns; ++c )
        for ( int dr = -1; dr <= 1; ++dr )
          for ( int dc = -1; dc <= 1; ++dc )
          {
            if ( ( dr == 0 && dc == 0 ) || ( !queen && dr != 0 && dc != 0 ) )
              continue;
            if ( r + dr < 0 || r + dr >= rows || c + dc < 0 || c + dc >= columns )
              continue;
            lists[static_cast<std::size_t>( r * columns + c )].push_back( ( r + dr ) * columns + c + dc );
          }
    for ( auto &list : lists )
      std::sort( list.begin(), list.end() );
    return lists;
  }
} // namespace

class TestBivariateMoran : public QObject
{
    Q_OBJECT

  private slots:
    void contiguityOnALattice();
    void contiguityOfMisalignedAndIsland();
    void nearestNeighboursBreakTiesByIndex();
    void distanceBand();
    void ferryLinksJoinAnArchipelago();
    void statisticsEqualPlainFormula();
    void permutationsAreReproducibleAndThreadIndependent();
    void clearClustersAreSignificant();
    void zeroLocalIIsNeverACluster();
    void hugeValuesDoNotOverflow();
    void islandsAreReportedNotCrashedOn();
    void falseDiscoveryThreshold();
};

// 3 x 3:  6 7 8 / 3 4 5 / 0 1 2. Rook: 0 -> 1, 3; 4 -> 1, 3, 5, 7. Queen: 0 -> 1, 3, 4; 4 -> all others.
void TestBivariateMoran::contiguityOnALattice()
{
  const NeighbourLists rook = placegap::contiguityNeighbours( lattice( 3, 3 ), placegap::Contiguity::Rook );
  const NeighbourLists queen = placegap::contiguityNeighbours( lattice( 3, 3 ), placegap::Contiguity::Queen );
  QCOMPARE( rook[0], std::vector<int>( { 1, 3 } ) );
  QCOMPARE( rook[4], std::vector<int>( { 1, 3, 5, 7 } ) );
  QCOMPARE( queen[0], std::vector<int>( { 1, 3, 4 } ) );
  QCOMPARE( queen[4], std::vector<int>( { 0, 1, 2, 3, 5, 6, 7, 8 } ) );
  QCOMPARE( rook, latticeNeighbours( 3, 3, false ) );
  QCOMPARE( queen, latticeNeighbours( 3, 3, true ) );
  QCOMPARE( placegap::contiguityNeighbours( lattice( 7, 5 ), placegap::Contiguity::Queen ), latticeNeighbours( 7, 5, true ) );
}

// A square touching cell 0 of a 2 x 2 lattice along half an edge (no shared vertex) is not
// found, as with PySAL's exact vertex matching; a far square is an island.
void TestBivariateMoran::contiguityOfMisalignedAndIsland()
{
  std::vector<PolygonRings> cells = lattice( 2, 2 );
  cells.push_back( PolygonRings { { { -1, 0.5 }, { 0, 0.5 }, { 0, 1.5 }, { -1, 1.5 } } } );
  cells.push_back( PolygonRings { { { 10, 10 }, { 11, 10 }, { 11, 11 }, { 10, 11 } } } );
  const NeighbourLists queen = placegap::contiguityNeighbours( cells, placegap::Contiguity::Queen );
  QVERIFY( queen[4].empty() );
  QVERIFY( queen[5].empty() );
  QCOMPARE( queen[0], std::vector<int>( { 1, 2, 3 } ) );
}

// Points on a line at 0, 1, 2, 4: point 1 is 1 from both 0 and 2, the tie goes to index 0.
void TestBivariateMoran::nearestNeighboursBreakTiesByIndex()
{
  const std::vector<placegap::Point2> points { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 4, 0 } };
  const NeighbourLists one = placegap::nearestNeighbours( points, 1 );
  QCOMPARE( one, NeighbourLists( { { 1 }, { 0 }, { 1 }, { 2 } } ) );
  const NeighbourLists two = placegap::nearestNeighbours( points, 2 );
  // Point 2 (x = 2) has 1 at 1, then 0 and 3 both at 2: the tie takes 0.
  QCOMPARE( two, NeighbourLists( { { 1, 2 }, { 0, 2 }, { 0, 1 }, { 1, 2 } } ) );
  QCOMPARE( placegap::nearestNeighbours( points, 9 )[0], std::vector<int>( { 1, 2, 3 } ) ); // capped at n - 1
}

void TestBivariateMoran::distanceBand()
{
  const std::vector<placegap::Point2> points { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 4, 0 }, { 1, 1 } };
  const NeighbourLists band = placegap::distanceBandNeighbours( points, 1.0 );
  // 0-1 (1), 1-2 (1), 1-4 (1) within; 0-4 is sqrt 2; 3 is 2 away from 2: an island.
  QCOMPARE( band, NeighbourLists( { { 1 }, { 0, 2, 4 }, { 1 }, {}, { 1 } } ) );
}

// Independent computation with a dense W and Wartenberg's formula:
//   I_i = z_x,i sum_j w_ij z_y,j with population z-scores, and
//   I = (n / S0) sum_ij w_ij (x_i - xbar)(y_j - ybar) / sqrt(Sxx Syy).
/*
 * An archipelago: a 2 x 2 mainland (areas 0-3), an island of two areas (4, 5) and a lone island (6).
 *
 *     [2][3]        [5]          [6]
 *     [0][1]  ~~~~  [4]  ~~~~~~
 *
 * Ferries: 1-4 (twice, once each way), 4-6, and 3-3 (a round trip from one pier: no link).
 * Queen contiguity leaves 6 isolated and the island {4, 5} apart; with the ferries, 1 gains 4,
 * 4 gains 1 and 6, 6 gains 4: two new pairs (1-4, 4-6), and no isolate.
 */
void TestBivariateMoran::ferryLinksJoinAnArchipelago()
{
  std::vector<PolygonRings> areas = lattice( 2, 2 );
  areas.push_back( PolygonRings { { { 5, 0 }, { 6, 0 }, { 6, 1 }, { 5, 1 } } } );
  areas.push_back( PolygonRings { { { 5, 1 }, { 6, 1 }, { 6, 2 }, { 5, 2 } } } );
  areas.push_back( PolygonRings { { { 9, 1 }, { 10, 1 }, { 10, 2 }, { 9, 2 } } } );
  NeighbourLists neighbours = placegap::contiguityNeighbours( areas, placegap::Contiguity::Queen );
  QVERIFY( neighbours[6].empty() );
  QCOMPARE( neighbours[4], std::vector<int>( { 5 } ) );
  QCOMPARE( placegap::addLinks( neighbours, { { 1, 4 }, { 4, 1 }, { 4, 6 }, { 3, 3 }, { 2, 99 } } ), 2 );
  QCOMPARE( neighbours[1], std::vector<int>( { 0, 2, 3, 4 } ) );
  QCOMPARE( neighbours[4], std::vector<int>( { 1, 5, 6 } ) );
  QCOMPARE( neighbours[6], std::vector<int>( { 4 } ) );
  QCOMPARE( neighbours[3], std::vector<int>( { 0, 1, 2 } ) );
  for ( const auto &list : neighbours )
    QVERIFY( !list.empty() );
}

void TestBivariateMoran::statisticsEqualPlainFormula()
{
  const int rows = 4, columns = 5, n = rows * columns;
  std::vector<double> x( n ), y( n );
  for ( int i = 0; i < n; ++i )
  {
    x[i] = ( i * 7 ) % 11 + 0.5 * ( i / columns );
    y[i] = 3.0 + ( i * 5 ) % 9 - 0.25 * ( i % columns );
  }
  const NeighbourLists queen = placegap::contiguityNeighbours( lattice( rows, columns ), placegap::Contiguity::Queen );
  placegap::BivariateMoranOptions options;
  options.permutations = 0;
  const placegap::BivariateMoranResult result = placegap::bivariateMoran( x, y, queen, options );

  const NeighbourLists truth = latticeNeighbours( rows, columns, true );
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0 ) );
  for ( int i = 0; i < n; ++i )
    for ( int j : truth[i] )
      w[i][j] = 1.0 / truth[i].size();
  double xbar = 0, ybar = 0;
  for ( int i = 0; i < n; ++i )
  {
    xbar += x[i] / n;
    ybar += y[i] / n;
  }
  double sxx = 0, syy = 0;
  for ( int i = 0; i < n; ++i )
  {
    sxx += ( x[i] - xbar ) * ( x[i] - xbar );
    syy += ( y[i] - ybar ) * ( y[i] - ybar );
  }
  const double sdx = std::sqrt( sxx / n ), sdy = std::sqrt( syy / n );
  double cross = 0;
  for ( int i = 0; i < n; ++i )
  {
    double local = 0;
    for ( int j = 0; j < n; ++j )
    {
      local += w[i][j] * ( y[j] - ybar ) / sdy;
      cross += w[i][j] * ( x[i] - xbar ) * ( y[j] - ybar );
    }
    QVERIFY( std::fabs( result.localI[i] - ( x[i] - xbar ) / sdx * local ) < 1e-12 );
    QVERIFY( std::fabs( result.lag[i] - local ) < 1e-12 );
  }
  const double global = n / double( n ) * cross / std::sqrt( sxx * syy ); // S0 = n with row standardisation
  QVERIFY( std::fabs( result.globalI - global ) < 1e-12 );
  QVERIFY( std::isnan( result.pValue[0] ) && std::isnan( result.globalP ) );
}

void TestBivariateMoran::permutationsAreReproducibleAndThreadIndependent()
{
  const int rows = 6, columns = 6, n = rows * columns;
  std::vector<double> x( n ), y( n );
  for ( int i = 0; i < n; ++i )
  {
    x[i] = ( i * 13 ) % 17;
    y[i] = ( i * 7 ) % 19 + ( i % columns );
  }
  const NeighbourLists rook = placegap::contiguityNeighbours( lattice( rows, columns ), placegap::Contiguity::Rook );
  placegap::BivariateMoranOptions options;
  options.seed = 2024;
  const placegap::BivariateMoranResult one = placegap::bivariateMoran( x, y, rook, options );
  options.threads = 3;
  const placegap::BivariateMoranResult three = placegap::bivariateMoran( x, y, rook, options );
  QCOMPARE( one.pValue, three.pValue );
  QCOMPARE( one.globalP, three.globalP );
  options.seed = 2025;
  const placegap::BivariateMoranResult other = placegap::bivariateMoran( x, y, rook, options );
  QVERIFY( other.pValue != one.pValue );
  for ( double p : one.pValue )
    QVERIFY( p >= 2.0 / 1000 && p <= 1.0 ); // two-sided: at least 2 (0 + 1) / 1000, at most 1
  // esda's folded p on the same draws: at most (499 + 1) / 1000, and never above the two-sided one.
  options.seed = 2024;
  options.pValue = placegap::PermutationPValue::Folded;
  const placegap::BivariateMoranResult folded = placegap::bivariateMoran( x, y, rook, options );
  for ( std::size_t i = 0; i < folded.pValue.size(); ++i )
  {
    QVERIFY( folded.pValue[i] >= 1.0 / 1000 && folded.pValue[i] <= 0.5 + 1e-12 );
    QVERIFY( folded.pValue[i] <= one.pValue[i] + 1e-12 );
  }
}

/*
 * One y of 1e300 among 0..19 (a typo or a missing-value code): squaring it overflows to infinity,
 * which made every z_y 0 and every local I a "significant" 0. Standardised without overflow it
 * is the outlier it is: relative to it the others are ~0, so z_y = sqrt(n - 1) = sqrt(19) for it
 * and -1 / sqrt(19) for every other area (to 1e-250), and each area's lag is the mean of its
 * neighbours' z_y.
 */
void TestBivariateMoran::hugeValuesDoNotOverflow()
{
  const int rows = 4, columns = 5, n = rows * columns;
  std::vector<double> x( n ), y( n );
  for ( int i = 0; i < n; ++i )
  {
    x[i] = ( i * 7 ) % 11;
    y[i] = i;
  }
  y[7] = 1e300;
  placegap::BivariateMoranOptions options;
  options.permutations = 0;
  const NeighbourLists queen = placegap::contiguityNeighbours( lattice( rows, columns ), placegap::Contiguity::Queen );
  const placegap::BivariateMoranResult result = placegap::bivariateMoran( x, y, queen, options );
  const NeighbourLists truth = latticeNeighbours( rows, columns, true );
  const double outlier = std::sqrt( 19.0 ), other = -1 / std::sqrt( 19.0 );
  int nonZero = 0;
  for ( int i = 0; i < n; ++i )
  {
    double lag = 0;
    for ( int j : truth[i] )
      lag += ( j == 7 ? outlier : other ) / truth[i].size();
    QVERIFY2( std::fabs( result.lag[i] - lag ) < 1e-9, qPrintable( QString::number( i ) ) );
    QVERIFY( std::isfinite( result.localI[i] ) );
    nonZero += result.localI[i] != 0 ? 1 : 0;
  }
  QVERIFY( nonZero > n / 2 );
}

void TestBivariateMoran::zeroLocalIIsNeverACluster()
{
  // Feature 0's x is the mean, so z_x = 0 and I = 0 whatever its neighbours: every draw ties it.
  // Two-sided: p = min(1, 2 (999 + 1) / 1000) = 1. Folded (esda): (min(999, 0) + 1) / 1000 = 0.001,
  // "the most significant"; it must still not be labelled a cluster.
  const int rows = 5, columns = 5, n = rows * columns;
  std::vector<double> x( n ), y( n );
  for ( int i = 0; i < n; ++i )
  {
    x[i] = i % 2 == 0 ? 1.0 : 3.0;
    y[i] = ( i * 7 ) % 11;
  }
  x[0] = 2; // 12 threes, 12 ones and this 2: the mean is exactly 50 / 25 = 2
  const NeighbourLists queen = placegap::contiguityNeighbours( lattice( rows, columns ), placegap::Contiguity::Queen );
  placegap::BivariateMoranOptions options;
  placegap::BivariateMoranResult result = placegap::bivariateMoran( x, y, queen, options );
  QCOMPARE( result.zx[0], 0.0 );
  QCOMPARE( result.localI[0], 0.0 );
  QCOMPARE( result.pValue[0], 1.0 );
  QCOMPARE( result.cluster[0], placegap::LisaCluster::NotSignificant );
  options.pValue = placegap::PermutationPValue::Folded;
  options.significance = 0.05;
  result = placegap::bivariateMoran( x, y, queen, options );
  QCOMPARE( result.pValue[0], 1.0 / 1000 );
  QCOMPARE( result.cluster[0], placegap::LisaCluster::NotSignificant );
}

// Left half high on both variables, right half low (queen). Interior cells of the halves have
// all 8 neighbours alike: drawing 8 high values of 35 at random happens with probability
// C(17,8)/C(35,8) = 24310 / 23535820 ~ 0.001, so p ~ 0.002: High-High on the left, Low-Low on the right.
void TestBivariateMoran::clearClustersAreSignificant()
{
  const int rows = 6, columns = 6, n = rows * columns;
  std::vector<double> x( n ), y( n );
  for ( int i = 0; i < n; ++i )
  {
    x[i] = i % columns < 3 ? 10 + 0.01 * i : 0.01 * i;
    y[i] = i % columns < 3 ? 50 - 0.01 * i : 20 + 0.01 * i;
  }
  const NeighbourLists queen = placegap::contiguityNeighbours( lattice( rows, columns ), placegap::Contiguity::Queen );
  placegap::BivariateMoranOptions options;
  const placegap::BivariateMoranResult result = placegap::bivariateMoran( x, y, queen, options );
  QVERIFY( result.pValue[2 * columns + 1] < 0.01 );
  QCOMPARE( result.cluster[2 * columns + 1], placegap::LisaCluster::HighHigh );
  QCOMPARE( result.cluster[3 * columns + 4], placegap::LisaCluster::LowLow );
  QVERIFY( result.globalI > 0.5 );
  QCOMPARE( result.globalP, 2.0 / 1000 ); // two-sided: no draw reaches it
  QCOMPARE( result.pValue[2 * columns + 1] <= 0.01, true );
}

void TestBivariateMoran::islandsAreReportedNotCrashedOn()
{
  std::vector<PolygonRings> cells = lattice( 3, 3 );
  cells.push_back( PolygonRings { { { 10, 10 }, { 11, 10 }, { 11, 11 }, { 10, 11 } } } );
  const NeighbourLists rook = placegap::contiguityNeighbours( cells, placegap::Contiguity::Rook );
  const std::vector<double> x { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  const std::vector<double> y { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
  placegap::BivariateMoranOptions options;
  options.permutations = 99;
  const placegap::BivariateMoranResult result = placegap::bivariateMoran( x, y, rook, options );
  QCOMPARE( result.islands, 1 );
  QCOMPARE( result.cluster[9], placegap::LisaCluster::NoNeighbours );
  QVERIFY( std::isnan( result.pValue[9] ) );
  QCOMPARE( result.localI[9], 0.0 );
  QVERIFY( !std::isnan( result.pValue[0] ) );
  // The global statistic divides by the 9 rows that have neighbours.
  double sum = 0;
  for ( int i = 0; i < 9; ++i )
    sum += result.localI[i];
  QVERIFY( std::fabs( result.globalI - sum / 9 ) < 1e-12 );
}

// m = 10, alpha 0.05: cuts k x 0.005. p_(2) = 0.008 < 0.010 is the largest k that passes.
void TestBivariateMoran::falseDiscoveryThreshold()
{
  QCOMPARE( placegap::falseDiscoveryThreshold( { 0.216, 0.001, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.008 }, 0.05 ), 0.01 );
  QCOMPARE( placegap::falseDiscoveryThreshold( { 0.5, 0.6 }, 0.05 ), 0.025 );
  QCOMPARE( placegap::falseDiscoveryThreshold( { 0.001, 0.002 }, 0.05 ), 0.05 );
}

QTEST_MAIN( TestBivariateMoran )
#include "testbivariatemorancore.moc"
