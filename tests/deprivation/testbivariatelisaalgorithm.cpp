/***************************************************************************
  testbivariatelisaalgorithm.cpp - placegap:bivariatelisa through the registry
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgscoordinatetransform.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsgeometryengine.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace
{
  /*
   * A 4 x 5 lattice of 1 km squares, cell r * 5 + c (feature id = cell + 1):
   *
   *   15 16 17 18 19
   *   10 11 12 13 14
   *    5  6  7  8  9
   *    0  1  2  3  4
   *
   * x (deprivation) and y (attainment) are made-up values; the expected statistics are computed
   * below with a dense rook W built by cell arithmetic and the plain formula.
   */
  constexpr int ROWS = 4;
  constexpr int COLUMNS = 5;
  double xOf( int i )
  {
    return ( i * 7 ) % 11 + 0.5 * ( i / COLUMNS );
  }
  double yOf( int i )
  {
    return 40.0 + ( i * 5 ) % 9 - 0.25 * ( i % COLUMNS );
  }

  QString square( double x0, double y0 )
  {
    return QStringLiteral( "Polygon((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x0 ).arg( y0 ).arg( x0 + 1000 ).arg( y0 + 1000 );
  }
} // namespace

class TestBivariateLisa : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void rookLatticeEqualsPlainFormula();
    void pValuesStableAcrossThreadsAndRuns();
    void islandIsReported();
    void valueFarOutIsNamed();
    void nullValueIsLeftOut();
    void nearestNeighboursOnPoints();
    void geographicLayersAreMeasuredInMetres();
    void falseDiscoveryRateIsStricter();
    void contiguityNeedsPolygons();
    void constantFieldFails();
    void queenMatchesGeosOnRealDataZones();
    void ferryLinksJoinADrawnArchipelago();
    void ferryAwareWeightsOnTheNorthernAlliance();

  private:
    QgsVectorLayer *makeLattice( bool withIsland = false, const QString &geometry = QStringLiteral( "Polygon" ) );
    QVariantMap parameters( QgsVectorLayer *layer, const QString &name );
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    QMap<int, QgsFeature> rows( const QString &path );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestBivariateLisa::initTestCase()
{
  placegaptest::startQgis();
}

void TestBivariateLisa::cleanupTestCase()
{
  // The context holds the layers it loaded from paths: they go before QGIS does.
  mContext.reset();
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestBivariateLisa::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestBivariateLisa::cleanup()
{
  mProject.removeAllMapLayers();
}

QgsVectorLayer *TestBivariateLisa::makeLattice( bool withIsland, const QString &geometry )
{
  auto *layer = new QgsVectorLayer( geometry + QStringLiteral( "?crs=EPSG:27700&field=cell:integer&field=simd:double&field=acel:string" ), QStringLiteral( "lattice" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 0; i < ROWS * COLUMNS + ( withIsland ? 1 : 0 ); ++i )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << i << xOf( i ) << QString::number( yOf( i ) ) ); // attainment as text, as published
    const double x0 = i < ROWS * COLUMNS ? 300000 + 1000 * ( i % COLUMNS ) : 400000;
    const double y0 = i < ROWS * COLUMNS ? 800000 + 1000 * ( i / COLUMNS ) : 900000;
    feature.setGeometry( geometry == QLatin1String( "Point" ) ? QgsGeometry::fromPointXY( QgsPointXY( x0 + 500, y0 + 500 ) ) : QgsGeometry::fromWkt( square( x0, y0 ) ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

QVariantMap TestBivariateLisa::parameters( QgsVectorLayer *layer, const QString &name )
{
  return QVariantMap {
      { "INPUT", layer->id() },
      { "DEPRIVATION_FIELD", "simd" },
      { "ATTAINMENT_FIELD", "acel" },
      { "WEIGHTS", 1 },
      { "PERMUTATIONS", 999 },
      { "SEED", 7 },
      { "THREADS", 1 },
      { "OUTPUT", mDir->filePath( name + ".gpkg" ) },
  };
}

QVariantMap TestBivariateLisa::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( QStringLiteral( "placegap:bivariatelisa" ), parameters, *mContext, mFeedback, error );
}

QMap<int, QgsFeature> TestBivariateLisa::rows( const QString &path )
{
  QgsVectorLayer layer( path, QStringLiteral( "t" ), QStringLiteral( "ogr" ) );
  QMap<int, QgsFeature> result;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
    result.insert( feature.attribute( "cell" ).toInt(), feature );
  return result;
}

void TestBivariateLisa::rookLatticeEqualsPlainFormula()
{
  const QVariantMap results = run( parameters( makeLattice(), "rook" ) );
  QVERIFY( !results.isEmpty() );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  QCOMPARE( out.size(), ROWS * COLUMNS );

  // Independent: dense rook W by cell arithmetic, population z-scores, I_i = z_x,i sum_j w_ij z_y,j,
  // global I = (n / S0) sum_ij w_ij (x_i - xbar)(y_j - ybar) / sqrt(Sxx Syy), S0 = n.
  const int n = ROWS * COLUMNS;
  double xbar = 0, ybar = 0;
  for ( int i = 0; i < n; ++i )
  {
    xbar += xOf( i ) / n;
    ybar += yOf( i ) / n;
  }
  double sxx = 0, syy = 0;
  for ( int i = 0; i < n; ++i )
  {
    sxx += ( xOf( i ) - xbar ) * ( xOf( i ) - xbar );
    syy += ( yOf( i ) - ybar ) * ( yOf( i ) - ybar );
  }
  double cross = 0;
  for ( int i = 0; i < n; ++i )
  {
    const int r = i / COLUMNS, c = i % COLUMNS;
    QList<int> neighbours;
    if ( r > 0 )
      neighbours << i - COLUMNS;
    if ( r < ROWS - 1 )
      neighbours << i + COLUMNS;
    if ( c > 0 )
      neighbours << i - 1;
    if ( c < COLUMNS - 1 )
      neighbours << i + 1;
    double lag = 0;
    for ( int j : neighbours )
    {
      lag += ( yOf( j ) - ybar ) / std::sqrt( syy / n ) / neighbours.size();
      cross += ( xOf( i ) - xbar ) * ( yOf( j ) - ybar ) / neighbours.size();
    }
    const double localI = ( xOf( i ) - xbar ) / std::sqrt( sxx / n ) * lag;
    const QgsFeature f = out.value( i );
    QVERIFY2( std::fabs( f.attribute( "local_i" ).toDouble() - localI ) < 1e-7, qPrintable( QString::number( i ) ) );
    QVERIFY( std::fabs( f.attribute( "lag_z_y" ).toDouble() - lag ) < 1e-7 );
    QCOMPARE( f.attribute( "n_neigh" ).toInt(), neighbours.size() );
    const double p = f.attribute( "p_sim" ).toDouble();
    QVERIFY( p >= 0.002 && p <= 1.0 ); // two-sided: 2 (0 + 1) / 1000 to 1
    const int cluster = f.attribute( "cluster" ).toInt();
    if ( p > 0.05 )
      QCOMPARE( cluster, 0 );
    else
      QCOMPARE( cluster, xOf( i ) > xbar ? ( lag > 0 ? 1 : 4 ) : ( lag > 0 ? 2 : 3 ) );
  }
  QVERIFY( std::fabs( results.value( "GLOBAL_I" ).toDouble() - cross / std::sqrt( sxx * syy ) ) < 1e-9 );
  QVERIFY( results.value( "GLOBAL_P" ).toDouble() >= 0.001 );
  QCOMPARE( results.value( "ISLANDS" ).toInt(), 0 );
  QCOMPARE( results.value( "THRESHOLD" ).toDouble(), 0.05 );
}

void TestBivariateLisa::pValuesStableAcrossThreadsAndRuns()
{
  QgsVectorLayer *layer = makeLattice();
  QVariantMap params = parameters( layer, "one" );
  const QMap<int, QgsFeature> one = rows( run( params ).value( "OUTPUT" ).toString() );
  params.insert( "THREADS", 3 );
  params.insert( "OUTPUT", mDir->filePath( "three.gpkg" ) );
  const QMap<int, QgsFeature> three = rows( run( params ).value( "OUTPUT" ).toString() );
  params.insert( "THREADS", 0 );
  params.insert( "OUTPUT", mDir->filePath( "all.gpkg" ) );
  const QMap<int, QgsFeature> all = rows( run( params ).value( "OUTPUT" ).toString() );
  params.insert( "SEED", 8 );
  params.insert( "OUTPUT", mDir->filePath( "other.gpkg" ) );
  const QMap<int, QgsFeature> other = rows( run( params ).value( "OUTPUT" ).toString() );
  QCOMPARE( one.size(), 20 );
  bool differs = false;
  for ( int i = 0; i < 20; ++i )
  {
    QCOMPARE( three.value( i ).attribute( "p_sim" ).toDouble(), one.value( i ).attribute( "p_sim" ).toDouble() );
    QCOMPARE( all.value( i ).attribute( "p_sim" ).toDouble(), one.value( i ).attribute( "p_sim" ).toDouble() );
    differs = differs || other.value( i ).attribute( "p_sim" ).toDouble() != one.value( i ).attribute( "p_sim" ).toDouble();
  }
  QVERIFY( differs );
}

// One attainment of 1e300 (a typo) is named, and the statistics stay finite: the other areas'
// local I are not all zero.
void TestBivariateLisa::valueFarOutIsNamed()
{
  QgsVectorLayer *layer = makeLattice();
  layer->dataProvider()->changeAttributeValues( { { 6, QgsAttributeMap { { 2, QStringLiteral( "1e300" ) } } } } );
  const QVariantMap results = run( parameters( layer, "far_out" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 6", "'acel'", "1e+300", "robust standard deviations" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "robust standard deviations" } ).size(), 1 ); // no other area is far out
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  int nonZero = 0;
  for ( const QgsFeature &f : out )
  {
    QVERIFY( std::isfinite( f.attribute( "local_i" ).toDouble() ) );
    nonZero += f.attribute( "local_i" ).toDouble() != 0 ? 1 : 0;
  }
  QVERIFY( nonZero > out.size() / 2 );
}

void TestBivariateLisa::islandIsReported()
{
  const QVariantMap results = run( parameters( makeLattice( true ), "island" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( results.value( "ISLANDS" ).toInt(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "no neighbours", "21" } ).size(), 1 ); // feature 21 = cell 20
  const QgsFeature island = rows( results.value( "OUTPUT" ).toString() ).value( 20 );
  QCOMPARE( island.attribute( "cluster" ).toInt(), 5 );
  QCOMPARE( island.attribute( "cluster_lbl" ).toString(), QStringLiteral( "No neighbours" ) );
  QVERIFY( island.attribute( "p_sim" ).isNull() );
  QCOMPARE( island.attribute( "n_neigh" ).toInt(), 0 );
}

void TestBivariateLisa::nullValueIsLeftOut()
{
  QgsVectorLayer *layer = makeLattice();
  // Feature 13 suppressed, 15 banded, 17 unreadable, 19 a published percentage: only 19 is used.
  layer->dataProvider()->changeAttributeValues( { { 13, QgsAttributeMap { { 2, QStringLiteral( "[c]" ) } } }, { 8, QgsAttributeMap { { 1, QVariant() } } }, { 15, QgsAttributeMap { { 2, QStringLiteral( "97-100%" ) } } }, { 17, QgsAttributeMap { { 2, QStringLiteral( "lots" ) } } }, { 19, QgsAttributeMap { { 2, QStringLiteral( "%1%" ).arg( yOf( 18 ) ) } } } } );
  const QVariantMap results = run( parameters( layer, "nulls" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 13", "'acel'", "0-100", "suppressed" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 15", "'acel'", "97-100", "banded" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 17", "'acel'", "'lots'" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 19" } ).size(), 0 );
  QCOMPARE( mFeedback.warningsWith( { "Feature 8", "'simd'", "NULL" } ).size(), 1 );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  for ( const int cell : { 12, 14, 16 } ) // features 13, 15, 17
    QVERIFY( out.value( cell ).attribute( "local_i" ).isNull() );
  QVERIFY( !out.value( 18 ).attribute( "local_i" ).isNull() );
  QVERIFY( out.value( 7 ).attribute( "cluster" ).isNull() );
  // Cell 7's neighbours lose cell 12 (and cell 7): cell 2 had 3 rook neighbours (1, 3, 7), now 2.
  QCOMPARE( out.value( 2 ).attribute( "n_neigh" ).toInt(), 2 );
}

// Centroids of the lattice as points: with k = 4 an interior cell's nearest are its rook
// neighbours (distance 1000), corner cells take the two at 1000 and two at 1414 (ties by order).
void TestBivariateLisa::nearestNeighboursOnPoints()
{
  QVariantMap params = parameters( makeLattice( false, QStringLiteral( "Point" ) ), "knn" );
  params.insert( "WEIGHTS", 2 );
  params.insert( "NEIGHBOURS", 4 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  for ( int i = 0; i < 20; ++i )
    QCOMPARE( out.value( i ).attribute( "n_neigh" ).toInt(), 4 );
  params.insert( "WEIGHTS", 3 );
  params.insert( "DISTANCE", 1000.0 );
  params.insert( "OUTPUT", mDir->filePath( "band.gpkg" ) );
  const QMap<int, QgsFeature> band = rows( run( params ).value( "OUTPUT" ).toString() );
  QCOMPARE( band.value( 0 ).attribute( "n_neigh" ).toInt(), 2 );
  QCOMPARE( band.value( 6 ).attribute( "n_neigh" ).toInt(), 4 );
}

void TestBivariateLisa::geographicLayersAreMeasuredInMetres()
{
  // The point lattice (1 km apart) and the same points in EPSG:4326. With 8 nearest neighbours,
  // degrees would rank two cells north (0.018 degrees) before the diagonals (0.019 degrees): in
  // metres the diagonals (1.41 km) come first. The geographic layer must give the projected one's
  // neighbours, so the same local I everywhere.
  // Points moved off the exact lattice by a few metres, so no two distances tie and the order of
  // neighbours does not hang on the last bits of either projection.
  QgsVectorLayer *lattice = makeLattice( false, QStringLiteral( "Point" ) );
  auto *projected = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:27700&field=cell:integer&field=simd:double&field=acel:string" ), QStringLiteral( "lattice 27700" ), QStringLiteral( "memory" ) );
  auto *geographic = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:4326&field=cell:integer&field=simd:double&field=acel:string" ), QStringLiteral( "lattice 4326" ), QStringLiteral( "memory" ) );
  const QgsCoordinateTransform toDegrees( projected->crs(), geographic->crs(), mProject.transformContext() );
  QgsFeatureList metres;
  QgsFeatureList degrees;
  QgsFeature feature;
  QgsFeatureIterator it = lattice->getFeatures();
  for ( int i = 0; it.nextFeature( feature ); ++i )
  {
    const QgsPointXY p = feature.geometry().asPoint();
    QgsGeometry point = QgsGeometry::fromPointXY( QgsPointXY( p.x() + ( i * 37 % 11 ) * 7.0, p.y() + ( i * 53 % 13 ) * 5.0 ) );
    QgsFeature copy( projected->fields() );
    copy.setAttributes( feature.attributes() );
    copy.setGeometry( point );
    metres << copy;
    point.transform( toDegrees );
    copy.setGeometry( point );
    degrees << copy;
  }
  projected->dataProvider()->addFeatures( metres );
  geographic->dataProvider()->addFeatures( degrees );
  mProject.addMapLayer( projected );
  mProject.addMapLayer( geographic );

  QMap<int, QgsFeature> byLayer[2];
  int k = 0;
  for ( QgsVectorLayer *layer : { projected, geographic } )
  {
    QVariantMap params = parameters( layer, QStringLiteral( "knn8_%1" ).arg( k ) );
    params.insert( "WEIGHTS", 2 );
    params.insert( "NEIGHBOURS", 8 );
    QString error;
    const QVariantMap results = run( params, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    byLayer[k++] = rows( results.value( "OUTPUT" ).toString() );
  }
  for ( int i = 0; i < ROWS * COLUMNS; ++i )
  {
    QCOMPARE( byLayer[1].value( i ).attribute( "n_neigh" ).toInt(), 8 );
    QVERIFY2( std::abs( byLayer[1].value( i ).attribute( "local_i" ).toDouble() - byLayer[0].value( i ).attribute( "local_i" ).toDouble() ) < 1e-9, qPrintable( QString::number( i ) ) );
  }

  // A distance band in degrees is refused, naming the CRS.
  QVariantMap band = parameters( geographic, "band4326" );
  band.insert( "WEIGHTS", 3 );
  band.insert( "DISTANCE", 0.02 );
  QString error;
  QVERIFY( run( band, &error ).isEmpty() );
  QVERIFY2( error.contains( "EPSG:4326" ) && error.contains( "DISTANCE" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "band4326.gpkg" ) ) );
}

void TestBivariateLisa::falseDiscoveryRateIsStricter()
{
  QVariantMap params = parameters( makeLattice(), "fdr" );
  params.insert( "FDR", true );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const double threshold = results.value( "THRESHOLD" ).toDouble();
  QVERIFY( threshold <= 0.05 && threshold >= 0.05 / 20 );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  for ( const QgsFeature &f : out )
    QCOMPARE( f.attribute( "cluster" ).toInt() != 0, f.attribute( "p_sim" ).toDouble() <= threshold );
}

void TestBivariateLisa::contiguityNeedsPolygons()
{
  QString error;
  QVERIFY( run( parameters( makeLattice( false, QStringLiteral( "Point" ) ), "points" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "polygon" ) && error.contains( "WEIGHTS" ), qPrintable( error ) );
}

void TestBivariateLisa::constantFieldFails()
{
  QgsVectorLayer *layer = makeLattice();
  QgsChangedAttributesMap changes;
  for ( int id = 1; id <= 20; ++id )
    changes.insert( id, QgsAttributeMap { { 1, 3.0 } } );
  layer->dataProvider()->changeAttributeValues( changes );
  QString error;
  QVERIFY( run( parameters( layer, "constant" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "'simd'" ) && error.contains( "same value" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "constant.gpkg" ) ) );
}

// Real data zone boundaries (shipped, topology-preserving simplification, so neighbours share
// vertices): queen contiguity from shared vertices must find exactly the zones GEOS says touch.
void TestBivariateLisa::queenMatchesGeosOnRealDataZones()
{
  const QString path = QStringLiteral( PLACEGAP_SOURCE_DATA_DIR "/dz2011-boundaries/boundaries_dz11.gpkg" );
  QVERIFY2( QFile::exists( path ), qPrintable( QStringLiteral( "Cannot read %1 (the shipped data zone boundaries)" ).arg( path ) ) );
  QgsVectorLayer zones( path, QStringLiteral( "dz" ), QStringLiteral( "ogr" ) );
  QVERIFY( zones.isValid() );
  // Aberdeen city centre and around.
  QgsFeatureIterator it = zones.getFeatures( QgsFeatureRequest().setFilterRect( QgsRectangle( -2.16, 57.12, -2.08, 57.17 ) ) );
  auto *layer = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=EPSG:4326&field=cell:integer&field=simd:double&field=acel:double" ), QStringLiteral( "aberdeen" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  QVector<QgsGeometry> geometries;
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const int i = features.size();
    QgsFeature copy( layer->fields() );
    copy.setAttributes( QgsAttributes() << i << xOf( i ) << yOf( i ) );
    copy.setGeometry( feature.geometry() );
    features << copy;
    geometries << feature.geometry();
  }
  QVERIFY2( features.size() > 50, qPrintable( QString::number( features.size() ) ) );
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  QVariantMap params = parameters( layer, "aberdeen" );
  params.insert( "WEIGHTS", 0 );
  params.insert( "PERMUTATIONS", 0 );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  int links = 0;
  for ( int i = 0; i < geometries.size(); ++i )
  {
    std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( geometries[i].constGet() ) );
    int touching = 0;
    for ( int j = 0; j < geometries.size(); ++j )
      touching += ( j != i && engine->intersects( geometries[j].constGet() ) ) ? 1 : 0;
    QVERIFY2( out.value( i ).attribute( "n_neigh" ).toInt() == touching, qPrintable( QStringLiteral( "zone %1: %2 by vertices, %3 by GEOS" ).arg( i ).arg( out.value( i ).attribute( "n_neigh" ).toInt() ).arg( touching ) ) );
    links += touching;
  }
  QVERIFY( links > 4 * geometries.size() ); // a real mesh, not a set of islands
}

/*
 * A drawn archipelago of 1 km squares (cells), in metres:
 *
 *    [2][3]                [5]
 *    [0][1] P1 ~~~~~~~ P4 [4]  ~~~~~~  [6 P6]          FAR
 *   300 km              310 km        320 km          330 km
 *
 * Terminals: P1 100 m east of cell 1, P4 100 m west of cell 4, P6 inside cell 6, FAR 9 km from
 * everything. The timetable sails P1 - P4 (both ways), FAR - P1, and GHOST - P4 (GHOST is no
 * terminal); P4 and P6 both name service S2. Ferry links: 1 - 4 (timetable), 4 - 6 (service).
 * Queen neighbours then: cell 1 {0, 2, 3, 4}, cell 4 {1, 5, 6}, cell 6 {4}; nobody isolated.
 */
void TestBivariateLisa::ferryLinksJoinADrawnArchipelago()
{
  auto *areas = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=cell:integer&field=simd:double&field=acel:double" ), QStringLiteral( "archipelago" ), QStringLiteral( "memory" ) );
  const QList<QPair<double, double>> corners { { 300000, 800000 }, { 301000, 800000 }, { 300000, 801000 }, { 301000, 801000 }, { 310000, 800000 }, { 310000, 801000 }, { 320000, 800000 } };
  QgsFeatureList features;
  for ( int i = 0; i < corners.size(); ++i )
  {
    QgsFeature feature( areas->fields() );
    feature.setAttributes( QgsAttributes() << i << xOf( i ) << yOf( i ) );
    feature.setGeometry( QgsGeometry::fromWkt( square( corners[i].first, corners[i].second ) ) );
    features << feature;
  }
  areas->dataProvider()->addFeatures( features );
  auto *terminals = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:27700&field=stop_point_id:string&field=services:string" ), QStringLiteral( "terminals" ), QStringLiteral( "memory" ) );
  features.clear();
  const QList<std::tuple<QString, QString, double, double>> piers { { "P1", "", 302100, 800500 }, { "P4", "S2;S9", 309900, 800500 }, { "P6", "S2", 320500, 800500 }, { "FAR", "", 330000, 800500 } };
  for ( const auto &[code, services, x, y] : piers )
  {
    QgsFeature feature( terminals->fields() );
    feature.setAttributes( QgsAttributes() << code << ( services.isEmpty() ? QVariant() : QVariant( services ) ) );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( x, y ) ) );
    features << feature;
  }
  terminals->dataProvider()->addFeatures( features );
  auto *timetable = new QgsVectorLayer( QStringLiteral( "None?field=from_stop:string&field=to_stop:string" ), QStringLiteral( "sailings" ), QStringLiteral( "memory" ) );
  features.clear();
  for ( const auto &[from, to] : QList<QPair<QString, QString>> { { "P1", "P4" }, { "P4", "P1" }, { "FAR", "P1" }, { "GHOST", "P4" } } )
  {
    QgsFeature feature( timetable->fields() );
    feature.setAttributes( QgsAttributes() << from << to );
    features << feature;
  }
  timetable->dataProvider()->addFeatures( features );
  for ( QgsVectorLayer *layer : { areas, terminals, timetable } )
    mProject.addMapLayer( layer, false, true );

  QVariantMap params = parameters( areas, "archipelago_plain" );
  params.insert( "WEIGHTS", 0 );
  params.insert( "PERMUTATIONS", 0 );
  params.insert( "CODE_FIELD", "cell" );
  QVariantMap results = run( params );
  QCOMPARE( results.value( "ISLANDS" ).toInt(), 1 );
  QCOMPARE( results.value( "ISOLATE_CODES" ).toString(), QStringLiteral( "6" ) );

  params.insert( "FERRY_TIMETABLE", timetable->id() );
  params.insert( "FERRY_TERMINALS", terminals->id() );
  params.insert( "TERMINAL_SERVICES_FIELD", "services" );
  params.insert( "OUTPUT", mDir->filePath( "archipelago_ferries.gpkg" ) );
  results = run( params );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( results.value( "ISLANDS" ).toInt(), 0 );
  QCOMPARE( results.value( "ISOLATE_CODES" ).toString(), QString() );
  const QMap<int, QgsFeature> out = rows( results.value( "OUTPUT" ).toString() );
  const QList<int> expected { 3, 4, 3, 3, 3, 1, 1 };
  for ( int i = 0; i < expected.size(); ++i )
    QVERIFY2( out.value( i ).attribute( "n_neigh" ).toInt() == expected[i], qPrintable( QStringLiteral( "cell %1: %2 neighbours" ).arg( i ).arg( out.value( i ).attribute( "n_neigh" ).toInt() ) ) );
  QCOMPARE( mFeedback.warningsWith( { "FAR", "2000 m" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "GHOST", "no terminal" } ).size(), 1 );

  // An 8 km tolerance joins cell 1 to cells 4 and 5 across the sound (8 km east; cell 5's corner
  // lies level with cell 1's top edge), but not cell 6 (9 km from cells 4 and 5).
  params.remove( "FERRY_TIMETABLE" );
  params.remove( "FERRY_TERMINALS" );
  params.remove( "TERMINAL_SERVICES_FIELD" );
  params.insert( "CONTIGUITY_TOLERANCE", 8000 );
  params.insert( "OUTPUT", mDir->filePath( "archipelago_tolerance.gpkg" ) );
  results = run( params );
  QCOMPARE( results.value( "ISOLATE_CODES" ).toString(), QStringLiteral( "6" ) );
  QCOMPARE( rows( results.value( "OUTPUT" ).toString() ).value( 1 ).attribute( "n_neigh" ).toInt(), 5 );

  // Half the ferry parameters are refused before anything runs.
  params.insert( "FERRY_TERMINALS", terminals->id() );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "FERRY_TIMETABLE" ) && error.contains( "TERMINAL_SERVICES_FIELD" ), qPrintable( error ) );
  params.remove( "FERRY_TERMINALS" );
  params.insert( "FERRY_TIMETABLE", timetable->id() );
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "FERRY_TERMINALS" ), qPrintable( error ) );
}

/*
 * The Northern Alliance's 1,281 data zones (the sample data the build makes from the shipped
 * sources). Queen contiguity on the generalised boundaries leaves island zones alone, among them
 * Orkney's Isles - 01 (S01011827). With the ferries (the sailings, and terminals sharing a service:
 * Orkney's and Shetland's inter-island ferries have no published timetable) two zones stay alone:
 * Loch Awe - 03 (S01007310, 22 m of sliver from Loch Awe - 02) and Central Shetland - 02
 * (S01012403, islands joined to the Mainland by bridges, 165 m from Lerwick South - 01), found with
 * GDAL's ST_Distance; a 200 m contiguity tolerance joins both, and nobody is alone.
 */
void TestBivariateLisa::ferryAwareWeightsOnTheNorthernAlliance()
{
  const QString gpkg = QStringLiteral( PLACEGAP_SAMPLE_GEOPACKAGE );
  QVERIFY2( QFile::exists( gpkg ), qPrintable( gpkg ) );
  QVariantMap params {
      { "INPUT", gpkg + "|layername=data_zones" },
      { "DEPRIVATION_FIELD", "simd_rank" },
      { "ATTAINMENT_FIELD", "education_rank" },
      { "WEIGHTS", 0 },
      { "PERMUTATIONS", 0 },
      { "CODE_FIELD", "dz_code" },
      { "OUTPUT", mDir->filePath( "na_plain.gpkg" ) },
  };
  QVariantMap results = run( params );
  const QStringList plain = results.value( "ISOLATE_CODES" ).toString().split( ',' );
  QVERIFY2( plain.contains( "S01011827" ) && plain.size() >= 5, qPrintable( plain.join( ',' ) ) );

  params.insert( "FERRY_TIMETABLE", gpkg + "|layername=ferry_sailings" );
  params.insert( "FERRY_TERMINALS", gpkg + "|layername=ferry_terminals" );
  params.insert( "TERMINAL_SERVICES_FIELD", "services" );
  params.insert( "OUTPUT", mDir->filePath( "na_ferries.gpkg" ) );
  results = run( params );
  QCOMPARE( results.value( "ISOLATE_CODES" ).toString(), QStringLiteral( "S01007310,S01012403" ) );

  params.insert( "CONTIGUITY_TOLERANCE", 200 );
  params.insert( "OUTPUT", mDir->filePath( "na_ferries_200.gpkg" ) );
  results = run( params );
  QCOMPARE( results.value( "ISLANDS" ).toInt(), 0 );
  QCOMPARE( results.value( "ISOLATE_CODES" ).toString(), QString() );
}

QTEST_MAIN( TestBivariateLisa )
#include "testbivariatelisaalgorithm.moc"
