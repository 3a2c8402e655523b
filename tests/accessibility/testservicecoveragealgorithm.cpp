/***************************************************************************
  testservicecoveragealgorithm.cpp - placegap:servicecoverage, placegap:floatingcatchment and placegap:serviceareas: services within reach, 2SFCA and drive-time areas
 ***************************************************************************/
#include "networktestfixture.h"

using namespace networktest;

class TestServiceCoverage : public QObject, protected NetworkTestFixture
{
    Q_OBJECT

  private slots:
    void initTestCase() { startFixture(); }
    void cleanupTestCase() { stopFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void coverageCountsAndCapacities();
    void textCapacitiesAreMissingNotZero();
    void floatingCatchmentWorkedExample_data();
    void floatingCatchmentWorkedExample();
    void floatingCatchmentBadInput();
    void serviceAreasFollowTheRoads();
};

void TestServiceCoverage::coverageCountsAndCapacities()
{
  // Within 6 min: i1 reaches j1 (5 min): 1 service, 10 places; i2 none.
  // Within 16 min: i1 still only j1 (j2 is 20 min); i2 reaches j2 (8) and j1 (15): 2, 16 places.
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", 100 }, { "i2", "Point(3000 9000)", 200 }, { "nowhere", QString() } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, 6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", demand->id() );
  parameters.insert( "SERVICES", supply->id() );
  parameters.insert( "THRESHOLDS", "16, 6" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_count.gpkg" ) );
  QString error;
  for ( const bool withCapacity : { false, true } )
  {
    if ( withCapacity )
    {
      parameters.insert( "CAPACITY_FIELD", "places" );
      parameters.insert( "OUTPUT", mDir->filePath( "coverage_places.gpkg" ) );
    }
    const QVariantMap results = run( "placegap:servicecoverage", parameters, &error );
    QVERIFY2( !results.isEmpty(), qPrintable( error ) );
    QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
    QVERIFY( layer.fields().lookupField( "within_6" ) >= 0 && layer.fields().lookupField( "within_16" ) >= 0 );
    QCOMPARE( layer.featureCount(), 3LL );
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures();
    while ( it.nextFeature( feature ) )
    {
      const QString code = feature.attribute( "code" ).toString();
      if ( code == "i1" )
      {
        QCOMPARE( feature.attribute( "within_6" ).toDouble(), withCapacity ? 10.0 : 1.0 );
        QCOMPARE( feature.attribute( "within_16" ).toDouble(), withCapacity ? 10.0 : 1.0 );
        QCOMPARE( feature.attribute( "nearest_min" ).toDouble(), 5.0 );
      }
      else if ( code == "i2" )
      {
        QCOMPARE( feature.attribute( "within_6" ).toDouble(), 0.0 );
        QCOMPARE( feature.attribute( "within_16" ).toDouble(), withCapacity ? 16.0 : 2.0 );
        QCOMPARE( feature.attribute( "nearest_min" ).toDouble(), 8.0 );
      }
      else
      {
        QVERIFY( isNullValue( feature.attribute( "within_6" ) ) );
        QVERIFY( isNullValue( feature.attribute( "nearest_min" ) ) );
      }
    }
  }
  // Nothing within 7 min of i2: its nearest service (j2, 8 min) lies beyond every threshold and
  // its minutes are still given.
  parameters.insert( "THRESHOLDS", "6, 7" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_beyond.gpkg" ) );
  const QVariantMap beyond = run( "placegap:servicecoverage", parameters, &error );
  QVERIFY2( !beyond.isEmpty(), qPrintable( error ) );
  QgsVectorLayer beyondLayer( beyond.value( "OUTPUT" ).toString(), "out", "ogr" );
  QgsFeature i2;
  QVERIFY( beyondLayer.getFeatures( QgsFeatureRequest().setFilterExpression( "code = 'i2'" ) ).nextFeature( i2 ) );
  QCOMPARE( i2.attribute( "within_7" ).toDouble(), 0.0 );
  QCOMPARE( i2.attribute( "nearest_min" ).toDouble(), 8.0 );

  parameters.insert( "THRESHOLDS", "10, soon" );
  QVERIFY( run( "placegap:servicecoverage", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "'soon'" ), qPrintable( error ) );
}

void TestServiceCoverage::textCapacitiesAreMissingNotZero()
{
  // Capacities in a text field: "10" counts 10, "lots" and "inf" are warned about by feature,
  // field and value and count as missing (0), never silently. i2 reaches j1 (15 min) and j2 (8).
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = placegaptest::memoryLayer( QStringLiteral( "Point?field=code:string&field=places:string" ), { { "Point(3000 0)", QgsAttributes() << "j1"
                                                                                                                                                            << "10" },
                                                                                                                         { "Point(0 9000)", QgsAttributes() << "j2"
                                                                                                                                                            << "lots" },
                                                                                                                         { "Point(0 9001)", QgsAttributes() << "j3"
                                                                                                                                                            << "inf" } } );
  mProject.addMapLayer( supply, false, true );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", demand->id() );
  parameters.insert( "SERVICES", supply->id() );
  parameters.insert( "THRESHOLDS", "16" );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "OUTPUT", mDir->filePath( "coverage_text.gpkg" ) );
  mFeedback.warnings.clear();
  QString error;
  const QVariantMap results = run( "placegap:servicecoverage", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QgsFeature feature;
  QVERIFY( layer.getFeatures().nextFeature( feature ) );
  QCOMPARE( feature.attribute( "within_16" ).toDouble(), 10.0 );
  QCOMPARE( mFeedback.warningsWith( { "SERVICES) feature 2", "places", "'lots'", "missing" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "SERVICES) feature 3", "places", "'inf'", "not a finite number" } ).size(), 1 );
}

void TestServiceCoverage::floatingCatchmentWorkedExample_data()
{
  QTest::addColumn<int>( "method" );
  QTest::addColumn<double>( "catchment" );
  QTest::addColumn<QString>( "steps" );
  QTest::addColumn<double>( "access1" );
  QTest::addColumn<double>( "access2" );
  QTest::addColumn<double>( "ratio1" );
  QTest::addColumn<double>( "ratio2" );
  // Worked by hand in tests/accessibility/testtraveltimescore.cpp (floatingCatchmentWorkedExample), x SCALE 1000.
  QTest::newRow( "2SFCA, 16 min" ) << 0 << 16.0 << QString() << 1000 * 10.0 / 300 << 1000 * ( 10.0 / 300 + 0.03 ) << 1000 * 10.0 / 300 << 30.0;
  QTest::newRow( "E2SFCA steps" ) << 1 << 16.0 << QString( "5:1, 10:0.5, 16:0.1" ) << 1000 * 10.0 / 120 << 1000 * ( 10.0 / 120 * 0.1 + 0.06 * 0.5 ) << 1000 * 10.0 / 120 << 60.0;
  QTest::newRow( "Gaussian, 10 min" ) << 2 << 10.0 << QString() << 100.0 << 30.0 << 142.579 << 98.681;
}

void TestServiceCoverage::floatingCatchmentWorkedExample()
{
  QFETCH( int, method );
  QFETCH( double, catchment );
  QFETCH( QString, steps );
  QFETCH( double, access1 );
  QFETCH( double, access2 );
  QFETCH( double, ratio1 );
  QFETCH( double, ratio2 );
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", 100 }, { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, 6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "DEMAND", demand->id() );
  parameters.insert( "POPULATION_FIELD", "pop" );
  parameters.insert( "SUPPLY", supply->id() );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "METHOD", method );
  parameters.insert( "CATCHMENT_MINUTES", catchment );
  parameters.insert( "STEPS", steps );
  parameters.insert( "SCALE", 1000 );
  parameters.insert( "OUTPUT", mDir->filePath( "access.gpkg" ) );
  parameters.insert( "OUTPUT_SUPPLY", mDir->filePath( "ratios.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:floatingcatchment", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );

  QMap<QString, QgsFeature> byCode;
  for ( const QString &output : { QStringLiteral( "OUTPUT" ), QStringLiteral( "OUTPUT_SUPPLY" ) } )
  {
    QgsVectorLayer layer( results.value( output ).toString(), "out", "ogr" );
    QVERIFY2( layer.isValid(), qPrintable( output ) );
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures();
    while ( it.nextFeature( feature ) )
      byCode.insert( feature.attribute( "code" ).toString(), feature );
  }
  QCOMPARE( byCode.size(), 4 );
  QVERIFY2( std::abs( byCode["i1"].attribute( "access" ).toDouble() - access1 ) < 1e-3, qPrintable( byCode["i1"].attribute( "access" ).toString() ) );
  QVERIFY2( std::abs( byCode["i2"].attribute( "access" ).toDouble() - access2 ) < 1e-3, qPrintable( byCode["i2"].attribute( "access" ).toString() ) );
  QVERIFY2( std::abs( byCode["j1"].attribute( "ratio" ).toDouble() - ratio1 ) < 1e-3, qPrintable( byCode["j1"].attribute( "ratio" ).toString() ) );
  QVERIFY2( std::abs( byCode["j2"].attribute( "ratio" ).toDouble() - ratio2 ) < 1e-3, qPrintable( byCode["j2"].attribute( "ratio" ).toString() ) );
}

void TestServiceCoverage::floatingCatchmentBadInput()
{
  QgsVectorLayer *network = makeNetwork( CATCHMENT_NETWORK );
  QgsVectorLayer *demand = makeSites( { { "i1", "Point(0 0)", QVariant() }, { "i2", "Point(3000 9000)", 200 } } );
  QgsVectorLayer *supply = makeSites( { { "j1", "Point(3000 0)", 0, 10 }, { "j2", "Point(0 9000)", 0, -6 } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "DEMAND", demand->id() );
  parameters.insert( "POPULATION_FIELD", "pop" );
  parameters.insert( "SUPPLY", supply->id() );
  parameters.insert( "CAPACITY_FIELD", "places" );
  parameters.insert( "CATCHMENT_MINUTES", 16 );
  parameters.insert( "OUTPUT", mDir->filePath( "bad_access.gpkg" ) );
  QString error;
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "SUPPLY) feature 2" ) && error.contains( "-6" ) && error.contains( "'places'" ), qPrintable( error ) );
  QVERIFY( !QFile::exists( mDir->filePath( "bad_access.gpkg" ) ) );
  QVERIFY( !mFeedback.warningsWith( { "DEMAND) feature 1", "'pop'", "NULL" } ).isEmpty() );

  parameters.insert( "METHOD", 1 );
  parameters.insert( "STEPS", "5:1, 10:0.5" );
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "STEPS" ) && error.contains( "CATCHMENT_MINUTES" ), qPrintable( error ) );
  parameters.insert( "STEPS", "10:1, 5:0.5" );
  QVERIFY( run( "placegap:floatingcatchment", parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "'5:0.5'" ), qPrintable( error ) );
}

void TestServiceCoverage::serviceAreasFollowTheRoads()
{
  /*
   *  A(0,0) ================= S(400,0) ================ B(1000,0)     36 km/h = 10 m/s
   *  0.5 min = 30 s: 300 m each way, 100..700, 0.6 km of road; buffered 10 m:
   *     600 x 20 + the round ends (a 32-gon of radius 10: 16 x 100 x sin(2 pi / 32) = 312.14) = 12312.14 m2.
   *  1.5 min = 90 s: the whole kilometre (400 m west, 600 m east): 1000 x 20 + 312.14 = 20312.14 m2.
   */
  QgsVectorLayer *network = makeNetwork( { { "LineString(0 0, 1000 0)", QVariant(), 36, QVariant(), QVariant() } } );
  QgsVectorLayer *services = makeSites( { { "S", "Point(400 0)" }, { "NOWHERE", QString() } } );
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "SERVICES", services->id() );
  parameters.insert( "SERVICE_ID_FIELD", "code" );
  parameters.insert( "BANDS", "1.5, 0.5" );
  parameters.insert( "BUFFER", 10 );
  parameters.insert( "OUTPUT", mDir->filePath( "areas.gpkg" ) );
  QString error;
  const QVariantMap results = run( "placegap:serviceareas", parameters, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer layer( results.value( "OUTPUT" ).toString(), "out", "ogr" );
  QCOMPARE( layer.featureCount(), 4LL );
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  int checked = 0;
  while ( it.nextFeature( feature ) )
  {
    const QString id = feature.attribute( "service_id" ).toString();
    const double band = feature.attribute( "minutes" ).toDouble();
    if ( id == "NOWHERE" )
    {
      QVERIFY2( feature.geometry().isNull() || feature.geometry().isEmpty(), qPrintable( feature.geometry().asWkt() ) );
      QVERIFY( isNullValue( feature.attribute( "road_km" ) ) );
      continue;
    }
    const double area = feature.geometry().area();
    const QgsRectangle box = feature.geometry().boundingBox();
    if ( band == 0.5 )
    {
      QVERIFY2( std::abs( area - 12312.14 ) < 0.5, qPrintable( QString::number( area ) ) );
      QCOMPARE( box.xMinimum(), 90.0 );
      QCOMPARE( box.xMaximum(), 710.0 );
      QCOMPARE( feature.attribute( "road_km" ).toDouble(), 0.6 );
    }
    else
    {
      QCOMPARE( band, 1.5 );
      QVERIFY2( std::abs( area - 20312.14 ) < 0.5, qPrintable( QString::number( area ) ) );
      QCOMPARE( feature.attribute( "road_km" ).toDouble(), 1.0 );
    }
    ++checked;
  }
  QCOMPARE( checked, 2 );
  QVERIFY( !mFeedback.warningsWith( { "SERVICES) feature 2", "no geometry" } ).isEmpty() );
}

QTEST_MAIN( TestServiceCoverage )
#include "testservicecoveragealgorithm.moc"
