/***************************************************************************
  testcatchmentprofilealgorithm.cpp - placegap:catchmentprofile through the registry
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsgeometry.h"
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
   * Four 1 km data zones in a row (x in km from 300000), ranks out of 20 -> quintile ceil(5 rank / 20):
   *
   *   |  Z0  |  Z1  |  Z2  |  Z3  |
   *   0      1      2      3      4
   *   rank 2 (q1), 9 (q3), 15 (q4), 3 (q1); population 100, 200, 300, 400.
   */
  struct Zone
  {
      QVariant rank;
      QVariant population;
  };
  const QList<Zone> ZONES { { 2, 100 }, { 9, 200 }, { 15, 300 }, { 3, 400 } };

  QString box( double fromKm, double toKm )
  {
    return QStringLiteral( "Polygon((%1 800000, %2 800000, %2 801000, %1 801000, %1 800000))" ).arg( 300000 + 1000 * fromKm ).arg( 300000 + 1000 * toKm );
  }

  bool near( const QVariant &value, double expected )
  {
    return !value.isNull() && std::fabs( value.toDouble() - expected ) < 1e-6 * std::max( 1.0, std::fabs( expected ) );
  }

  struct Profile
  {
      double population;
      QList<double> percent; // q1..q5
      double meanRank;
      int areas;
      int mostDeprived;
  };
} // namespace

class TestCatchmentProfileAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void nested_data();
    void nested();
    void nonNestedAreaWeighted();
    void nonNestedWholeAreasByCentroid();
    void emptyCatchmentIsWarned();
    void nullPopulationIsWarned();
    void rankOutsideRangeFails();
    void areaWeightingNeedsPolygons();
    void invalidGeometryStopsRatherThanLosesPeople();
    void countsAndClassSummary();
    void pointOnSharedEdgeCountsOnce();

  private:
    QVariantMap parameters( const QList<Zone> &zones, const QList<QPair<QString, QString>> &catchments, int apportionment, const QString &name, const QString &zoneGeometry = QStringLiteral( "Polygon" ) );
    QVariantMap run( const QVariantMap &parameters, QString *error = nullptr );
    void compare( const QString &path, const QMap<QString, Profile> &expected );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QgsProject mProject;
};

void TestCatchmentProfileAlgorithm::initTestCase()
{
  placegaptest::startQgis();
}

void TestCatchmentProfileAlgorithm::cleanupTestCase()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

void TestCatchmentProfileAlgorithm::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
}

void TestCatchmentProfileAlgorithm::cleanup()
{
  mProject.removeAllMapLayers();
}

QVariantMap TestCatchmentProfileAlgorithm::parameters( const QList<Zone> &zones, const QList<QPair<QString, QString>> &catchments, int apportionment, const QString &name, const QString &zoneGeometry )
{
  auto *zoneLayer = new QgsVectorLayer( zoneGeometry + QStringLiteral( "?crs=EPSG:27700&field=rank:double&field=pop:double" ), QStringLiteral( "zones" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( int i = 0; i < zones.size(); ++i )
  {
    QgsFeature feature( zoneLayer->fields() );
    feature.setAttributes( QgsAttributes() << zones[i].rank << zones[i].population );
    feature.setGeometry( zoneGeometry == QLatin1String( "Point" ) ? QgsGeometry::fromPointXY( QgsPointXY( 300500 + 1000 * i, 800500 ) ) : QgsGeometry::fromWkt( box( i, i + 1 ) ) );
    features << feature;
  }
  zoneLayer->dataProvider()->addFeatures( features );
  auto *catchmentLayer = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=school:string" ), QStringLiteral( "catchments" ), QStringLiteral( "memory" ) );
  features.clear();
  for ( const auto &[school, wkt] : catchments )
  {
    QgsFeature feature( catchmentLayer->fields() );
    feature.setAttributes( QgsAttributes() << school );
    feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
    features << feature;
  }
  catchmentLayer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( zoneLayer, false, true );
  mProject.addMapLayer( catchmentLayer, false, true );
  return QVariantMap {
      { "INPUT", zoneLayer->id() },
      { "RANK_FIELD", "rank" },
      { "RANK_COUNT", 20 },
      { "POPULATION_FIELD", "pop" },
      { "CATCHMENTS", catchmentLayer->id() },
      { "APPORTIONMENT", apportionment },
      { "OUTPUT", mDir->filePath( name + ".gpkg" ) },
  };
}

QVariantMap TestCatchmentProfileAlgorithm::run( const QVariantMap &parameters, QString *error )
{
  return placegaptest::runAlgorithm( QStringLiteral( "placegap:catchmentprofile" ), parameters, *mContext, mFeedback, error );
}

void TestCatchmentProfileAlgorithm::compare( const QString &path, const QMap<QString, Profile> &expected )
{
  QgsVectorLayer layer( path, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QVERIFY( layer.isValid() );
  QCOMPARE( layer.featureCount(), static_cast<long long>( expected.size() ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QString school = feature.attribute( "school" ).toString();
    QVERIFY2( expected.contains( school ), qPrintable( school ) );
    QVERIFY( !feature.geometry().isNull() );
    const Profile want = expected.value( school );
    QVERIFY2( near( feature.attribute( "population" ), want.population ), qPrintable( school + " population " + feature.attribute( "population" ).toString() ) );
    for ( int q = 1; q <= 5; ++q )
      QVERIFY2( near( feature.attribute( QStringLiteral( "pct_q%1" ).arg( q ) ), want.percent.at( q - 1 ) ), qPrintable( QStringLiteral( "%1 q%2 %3" ).arg( school ).arg( q ).arg( feature.attribute( QStringLiteral( "pct_q%1" ).arg( q ) ).toString() ) ) );
    QVERIFY2( near( feature.attribute( "mean_rank" ), want.meanRank ), qPrintable( school ) );
    QCOMPARE( feature.attribute( "n_areas" ).toInt(), want.areas );
    QCOMPARE( feature.attribute( "n_areas_q1" ).toInt(), want.mostDeprived );
  }
}

void TestCatchmentProfileAlgorithm::nested_data()
{
  QTest::addColumn<int>( "apportionment" );
  QTest::newRow( "area-weighted" ) << 0;
  QTest::newRow( "whole areas by centroid" ) << 1;
}

// A = Z0 + Z1: 300 people, q1 100/300, q3 200/300, mean rank (2 x 100 + 9 x 200) / 300 = 2000 / 300.
// B = Z2 + Z3: 700 people, q1 400/700, q4 300/700, mean rank (15 x 300 + 3 x 400) / 700 = 5700 / 700.
// Nested boundaries: both apportionments agree.
void TestCatchmentProfileAlgorithm::nested()
{
  QFETCH( int, apportionment );
  const QVariantMap results = run( parameters( ZONES, { { "A", box( 0, 2 ) }, { "B", box( 2, 4 ) } }, apportionment, "nested" ) );
  QVERIFY( !results.isEmpty() );
  compare( results.value( "OUTPUT" ).toString(), {
                                                     { "A", { 300, { 100.0 / 3, 0, 200.0 / 3, 0, 0 }, 2000.0 / 300, 2, 1 } },
                                                     { "B", { 700, { 400.0 / 7, 0, 0, 300.0 / 7, 0 }, 5700.0 / 700, 2, 1 } },
                                                 } );
}

// A' = 0-1.4 km holds Z0 and 40 % of Z1 (80 people): 180; q1 100/180, q3 80/180;
//   mean rank (2 x 100 + 9 x 80) / 180 = 920 / 180.
// B' = 1.4-4 km: 60 % of Z1 (120), Z2, Z3: 820; q1 400/820, q3 120/820, q4 300/820;
//   mean rank (9 x 120 + 15 x 300 + 3 x 400) / 820 = 6780 / 820.
void TestCatchmentProfileAlgorithm::nonNestedAreaWeighted()
{
  const QVariantMap results = run( parameters( ZONES, { { "A", box( 0, 1.4 ) }, { "B", box( 1.4, 4 ) } }, 0, "areaweighted" ) );
  QVERIFY( !results.isEmpty() );
  compare( results.value( "OUTPUT" ).toString(), {
                                                     { "A", { 180, { 10000.0 / 180, 0, 8000.0 / 180, 0, 0 }, 920.0 / 180, 2, 1 } },
                                                     { "B", { 820, { 40000.0 / 820, 0, 12000.0 / 820, 30000.0 / 820, 0 }, 6780.0 / 820, 3, 1 } },
                                                 } );
}

// Z1's point (1.5 km) lies in B': A' = Z0 only; B' = Z1 + Z2 + Z3 = 900 people,
// q1 400/900, q3 200/900, q4 300/900, mean rank (1800 + 4500 + 1200) / 900.
void TestCatchmentProfileAlgorithm::nonNestedWholeAreasByCentroid()
{
  const QVariantMap results = run( parameters( ZONES, { { "A", box( 0, 1.4 ) }, { "B", box( 1.4, 4 ) } }, 1, "centroid" ) );
  QVERIFY( !results.isEmpty() );
  const QMap<QString, Profile> expected {
      { "A", { 100, { 100, 0, 0, 0, 0 }, 2, 1, 1 } },
      { "B", { 900, { 400.0 / 9, 0, 200.0 / 9, 300.0 / 9, 0 }, 7500.0 / 900, 3, 1 } },
  };
  compare( results.value( "OUTPUT" ).toString(), expected );
  // Population-weighted centroids given as points give the same whole-area answer.
  const QVariantMap points = run( parameters( ZONES, { { "A", box( 0, 1.4 ) }, { "B", box( 1.4, 4 ) } }, 1, "points", QStringLiteral( "Point" ) ) );
  QVERIFY( !points.isEmpty() );
  compare( points.value( "OUTPUT" ).toString(), expected );
}

void TestCatchmentProfileAlgorithm::emptyCatchmentIsWarned()
{
  const QVariantMap results = run( parameters( ZONES, { { "A", box( 0, 4 ) }, { "C", box( 10, 11 ) } }, 0, "empty" ) );
  QVERIFY( !results.isEmpty() );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( "school = 'C'" ) );
  QVERIFY( it.nextFeature( feature ) );
  QCOMPARE( feature.attribute( "population" ).toDouble(), 0.0 );
  QVERIFY( feature.attribute( "pct_q1" ).isNull() && feature.attribute( "mean_rank" ).isNull() );
  QCOMPARE( mFeedback.warningsWith( { "Catchment feature 2", "no population" } ).size(), 1 );
}

void TestCatchmentProfileAlgorithm::nullPopulationIsWarned()
{
  QList<Zone> zones = ZONES;
  zones[2].population = QVariant(); // Z2, feature 3
  const QVariantMap results = run( parameters( zones, { { "A", box( 0, 2 ) }, { "B", box( 2, 4 ) } }, 0, "nullpop" ) );
  QVERIFY( !results.isEmpty() );
  QCOMPARE( mFeedback.warningsWith( { "Feature 3", "'pop'", "NULL" } ).size(), 1 );
  compare( results.value( "OUTPUT" ).toString(), {
                                                     { "A", { 300, { 100.0 / 3, 0, 200.0 / 3, 0, 0 }, 2000.0 / 300, 2, 1 } },
                                                     { "B", { 400, { 100, 0, 0, 0, 0 }, 3, 1, 1 } },
                                                 } );
}

void TestCatchmentProfileAlgorithm::rankOutsideRangeFails()
{
  QList<Zone> zones = ZONES;
  zones[1].rank = 0;
  QString error;
  QVERIFY( run( parameters( zones, { { "A", box( 0, 4 ) } }, 0, "range" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 2" ) && error.contains( "'rank'" ) && error.contains( "RANK_COUNT" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "range.gpkg" ) ) );
}

void TestCatchmentProfileAlgorithm::areaWeightingNeedsPolygons()
{
  QString error;
  QVERIFY( run( parameters( ZONES, { { "A", box( 0, 4 ) } }, 0, "points", QStringLiteral( "Point" ) ), &error ).isEmpty() );
  QVERIFY2( error.contains( "APPORTIONMENT" ), qPrintable( error ) );
}

// A self-crossing catchment over a zone: GEOS cannot intersect it, and no population may vanish.
void TestCatchmentProfileAlgorithm::invalidGeometryStopsRatherThanLosesPeople()
{
  const QString bowtie = QStringLiteral( "Polygon((300000 800000, 302000 801000, 302000 800000, 300000 801000, 300000 800000))" );
  QString error;
  QVERIFY( run( parameters( ZONES, { { "A", bowtie } }, 0, "bowtie" ), &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature" ) && error.contains( "catchment feature 1" ) && error.contains( "Fix geometries" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "bowtie.gpkg" ) ) );
}

/*
 * The four zones with income-deprived counts 30, 20, 10, 80 and classes urban, rural, rural, urban;
 * catchments A = 0-1.4 km and B = 1.4-4 km, area-weighted (as nonNestedAreaWeighted).
 * A: 30 + 0.4 x 20 = 38 counted, 30 of them in quintile 1 (Z0): 8 / 38 outside; rate 38 / 180.
 * B: 0.6 x 20 + 10 + 80 = 102, 80 in quintile 1 (Z3): 22 / 102 outside; rate 102 / 820.
 * By class: urban (Z0, Z3: 500 people, both quintile 1) counts 110, none outside quintile 1;
 * rural (Z1, Z2: 500 people, quintiles 3 and 4) counts 30, all outside.
 */
void TestCatchmentProfileAlgorithm::countsAndClassSummary()
{
  auto *zones = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:27700&field=rank:double&field=pop:double&field=income:double&field=cls:string" ), QStringLiteral( "zones" ), QStringLiteral( "memory" ) );
  const QList<double> counts { 30, 20, 10, 80 };
  const QStringList classes { "urban", "rural", "rural", "urban" };
  QgsFeatureList features;
  for ( int i = 0; i < ZONES.size(); ++i )
  {
    QgsFeature feature( zones->fields() );
    feature.setAttributes( QgsAttributes() << ZONES[i].rank << ZONES[i].population << counts[i] << classes[i] );
    feature.setGeometry( QgsGeometry::fromWkt( box( i, i + 1 ) ) );
    features << feature;
  }
  zones->dataProvider()->addFeatures( features );
  mProject.addMapLayer( zones, false, true );
  QVariantMap params = parameters( ZONES, { { "A", box( 0, 1.4 ) }, { "B", box( 1.4, 4 ) } }, 0, "counts" );
  params.insert( "INPUT", zones->id() );
  params.insert( "COUNT_FIELD", "income" );
  params.insert( "CLASS_FIELD", "cls" );
  params.insert( "CLASS_SUMMARY", mDir->filePath( "classes.gpkg" ) );
  const QVariantMap results = run( params );
  QVERIFY( !results.isEmpty() );
  QMap<QString, QgsFeature> out;
  QgsVectorLayer catchments( results.value( "OUTPUT" ).toString(), QStringLiteral( "c" ), QStringLiteral( "ogr" ) );
  QgsFeature f;
  QgsFeatureIterator it = catchments.getFeatures();
  while ( it.nextFeature( f ) )
    out.insert( f.attribute( "school" ).toString(), f );
  QVERIFY( near( out.value( "A" ).attribute( "n_count" ), 38 ) && near( out.value( "A" ).attribute( "n_count_q1" ), 30 ) );
  QVERIFY( near( out.value( "A" ).attribute( "pct_out_q1" ), 800.0 / 38 ) && near( out.value( "A" ).attribute( "count_rate" ), 3800.0 / 180 ) );
  QVERIFY( near( out.value( "B" ).attribute( "n_count" ), 102 ) && near( out.value( "B" ).attribute( "n_count_q1" ), 80 ) );
  QVERIFY( near( out.value( "B" ).attribute( "pct_out_q1" ), 2200.0 / 102 ) && near( out.value( "B" ).attribute( "count_rate" ), 10200.0 / 820 ) );

  QMap<QString, QgsFeature> byClass;
  QgsVectorLayer summary( results.value( "CLASS_SUMMARY" ).toString(), QStringLiteral( "s" ), QStringLiteral( "ogr" ) );
  it = summary.getFeatures();
  while ( it.nextFeature( f ) )
    byClass.insert( f.attribute( "class" ).toString(), f );
  QCOMPARE( byClass.keys(), QStringList( { "rural", "urban" } ) );
  QVERIFY( near( byClass.value( "urban" ).attribute( "population" ), 500 ) && near( byClass.value( "urban" ).attribute( "n_count" ), 110 ) );
  QVERIFY( near( byClass.value( "urban" ).attribute( "pct_out_q1" ), 0 ) && near( byClass.value( "urban" ).attribute( "pct_q1" ), 100 ) );
  QVERIFY( near( byClass.value( "rural" ).attribute( "n_count" ), 30 ) && near( byClass.value( "rural" ).attribute( "pct_out_q1" ), 100 ) );
  QCOMPARE( byClass.value( "rural" ).attribute( "n_areas" ).toInt(), 2 );

  // More people counted than live there is a wrong column, not a number to apportion.
  zones->dataProvider()->changeAttributeValues( { { 1, { { 2, 500.0 } } } } );
  params.insert( "OUTPUT", mDir->filePath( "counts_bad.gpkg" ) );
  params.insert( "CLASS_SUMMARY", mDir->filePath( "classes_bad.gpkg" ) );
  QString error;
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "Feature 1" ) && error.contains( "'income'" ) && error.contains( "500" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "counts_bad.gpkg" ) ) && !QFile::exists( mDir->filePath( "classes_bad.gpkg" ) ) );

  // A class summary with no class to summarise by is refused before anything is written.
  params.remove( "CLASS_FIELD" );
  QVERIFY( run( params, &error ).isEmpty() );
  QVERIFY2( error.contains( "CLASS_FIELD" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "counts_bad.gpkg" ) ) && !QFile::exists( mDir->filePath( "classes_bad.gpkg" ) ) );
}

/*
 * Zone points at 0.5, 1.5, 2.5 and 3.5 km; catchments A = 0-1.5 km and B = 1.5-4 km share the
 * edge at 1.5 km, where Z1's point (200 people) lies. It counts once, in the first catchment in
 * the layer's order: A = 100 + 200, B = 300 + 400; with B listed first, A = 100, B = 900. No one is
 * counted twice, so there is no overlap warning.
 */
void TestCatchmentProfileAlgorithm::pointOnSharedEdgeCountsOnce()
{
  for ( const bool aFirst : { true, false } )
  {
    QList<QPair<QString, QString>> catchments { { "A", box( 0, 1.5 ) }, { "B", box( 1.5, 4 ) } };
    if ( !aFirst )
      std::swap( catchments[0], catchments[1] );
    mFeedback.warnings.clear();
    const QVariantMap results = run( parameters( ZONES, catchments, 1, aFirst ? "edge_a" : "edge_b", QStringLiteral( "Point" ) ) );
    QVERIFY( !results.isEmpty() );
    QgsVectorLayer out( results.value( "OUTPUT" ).toString(), QStringLiteral( "o" ), QStringLiteral( "ogr" ) );
    QMap<QString, double> population;
    QgsFeature f;
    QgsFeatureIterator it = out.getFeatures();
    while ( it.nextFeature( f ) )
      population.insert( f.attribute( "school" ).toString(), f.attribute( "population" ).toDouble() );
    QCOMPARE( population.value( "A" ), aFirst ? 300.0 : 100.0 );
    QCOMPARE( population.value( "B" ), aFirst ? 700.0 : 900.0 );
    QVERIFY( mFeedback.warningsWith( { "overlap" } ).isEmpty() );
  }
}

QTEST_MAIN( TestCatchmentProfileAlgorithm )
#include "testcatchmentprofilealgorithm.moc"
