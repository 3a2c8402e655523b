/***************************************************************************
  testferrytimetablealgorithm.cpp - ferry timetables in the network algorithms, on the shipped timetable
 ***************************************************************************/
#include "placegaptestutils.h"

#include "qgsfeature.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingutils.h"
#include "qgsproject.h"
#include "qgsvectorlayer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

#define COMPARE_NEAR( actual, expected, tolerance ) QVERIFY2( std::abs( ( actual ) - ( expected ) ) <= ( tolerance ), qPrintable( QStringLiteral( "%1 is %2, expected %3" ).arg( #actual ).arg( actual, 0, 'f', 6 ).arg( expected, 0, 'f', 6 ) ) )

namespace
{
  const QString FERRIES = QStringLiteral( PLACEGAP_SOURCE_DATA_DIR "/ferries-northern-alliance" );

  /*
   * A road of 1,000 m from each of four terminals of the shipped data, away from the sea
   * (EPSG:27700; DEFAULT_SPEED 60 km/h, so one minute each):
   *
   *   Gills Bay (9300GIL, 332675.9 972949.1)    road west to 'gills'
   *   St Margaret's Hope (9300SMH, 344547.3 994237.9)    road east to 'hope'
   *   Barra / Aird Mhor (9300AHB, 72034.5 803800.6)    road west to 'barra'
   *   Eriskay (9300ERI, 78426.6 810286.8)    road east to 'eriskay'
   *
   * No road joins them: every crossing is a sailing of ferry_departures.csv.
   */
  struct Place
  {
      const char *name;
      double terminalX, terminalY, endX, endY;
  };
  const Place PLACES[] = {
      { "gills", 332675.9, 972949.1, 331675.9, 972949.1 },
      { "hope", 344547.3, 994237.9, 345547.3, 994237.9 },
      { "barra", 72034.5, 803800.6, 71034.5, 803800.6 },
      { "eriskay", 78426.6, 810286.8, 79426.6, 810286.8 },
  };

  //! The result rows of a matrix run by (origin, destination).
  using Rows = QMap<QPair<QString, QString>, QgsFeature>;
} // namespace

class TestFerryTimetableAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void crossingsOfTheShippedTimetable();
    void timetableColumnsInACsvFile();
    void lateAfternoonMissesTheLastSailing();
    void windowOfDepartures();
    void nearestServiceRoutesCrossBySailing();
    void urbanRuralClassSensitiveToFerryTiming();
    void islandSailingsAndEarliestMainlandArrival();
    void networkFerryLinesGiveWayToTheTimetable();
    void badSailingsAreWarnedAndLeftOut();
    void aSailingsOwnCheckIn();
    void footPassengerSailingsWhenDriving();
    void badTimetableParametersAreRefused();

  private:
    QgsVectorLayer *keep( QgsVectorLayer *layer )
    {
      mLayers << layer;
      return layer;
    }
    QgsVectorLayer *network( bool withStaticFerry = false );
    QgsVectorLayer *sites( const QStringList &names );
    QgsVectorLayer *shippedTimetable();
    QgsVectorLayer *shippedTerminals();
    QVariantMap matrixParameters( const QString &departAt, const QStringList &origins, const QStringList &destinations );
    Rows runMatrix( const QVariantMap &parameters, QString *error = nullptr );

    std::unique_ptr<QgsProcessingContext> mContext;
    placegaptest::CapturingFeedback mFeedback;
    QList<QgsVectorLayer *> mLayers;
};

void TestFerryTimetableAlgorithm::initTestCase()
{
  placegaptest::startQgis();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestFerryTimetableAlgorithm::cleanupTestCase()
{
  qDeleteAll( mLayers );
  mContext.reset();
  QgsApplication::exitQgis();
}

QgsVectorLayer *TestFerryTimetableAlgorithm::network( bool withStaticFerry )
{
  QList<QPair<QString, QgsAttributes>> rows;
  for ( const Place &place : PLACES )
    rows << qMakePair( QStringLiteral( "LineString(%1 %2, %3 %4)" ).arg( place.terminalX, 0, 'f', 1 ).arg( place.terminalY, 0, 'f', 1 ).arg( place.endX, 0, 'f', 1 ).arg( place.endY, 0, 'f', 1 ), QgsAttributes() << QVariant() );
  if ( withStaticFerry ) // a 70-minute ferry line of the network, Gills Bay to St Margaret's Hope
    rows << qMakePair( QStringLiteral( "LineString(332675.9 972949.1, 344547.3 994237.9)" ), QgsAttributes() << 70 );
  QgsVectorLayer *layer = placegaptest::memoryLayer( QStringLiteral( "LineString?field=ferry_min:double" ), rows, QStringLiteral( "roads" ) );
  mLayers << layer;
  return layer;
}

QgsVectorLayer *TestFerryTimetableAlgorithm::sites( const QStringList &names )
{
  QList<QPair<QString, QString>> named;
  for ( const Place &place : PLACES )
  {
    if ( names.contains( QString::fromLatin1( place.name ) ) )
      named << qMakePair( QString::fromLatin1( place.name ), QStringLiteral( "Point(%1 %2)" ).arg( place.endX, 0, 'f', 1 ).arg( place.endY, 0, 'f', 1 ) );
  }
  QgsVectorLayer *layer = placegaptest::namedLayer( QStringLiteral( "Point" ), named, QStringLiteral( "sites" ) );
  mLayers << layer;
  return layer;
}

QgsVectorLayer *TestFerryTimetableAlgorithm::shippedTimetable()
{
  // As a QGIS user adds a CSV: delimited text with types detected (departures become times).
  auto *layer = new QgsVectorLayer( QStringLiteral( "file://%1/ferry_departures.csv?delimiter=,&detectTypes=yes&geomType=none" ).arg( FERRIES ), QStringLiteral( "sailings" ), QStringLiteral( "delimitedtext" ) );
  mLayers << layer;
  return layer;
}

QgsVectorLayer *TestFerryTimetableAlgorithm::shippedTerminals()
{
  auto *layer = new QgsVectorLayer( FERRIES + QStringLiteral( "/ferries_northern_alliance.gpkg|layername=ferry_terminals" ), QStringLiteral( "terminals" ), QStringLiteral( "ogr" ) );
  mLayers << layer;
  return layer;
}

QVariantMap TestFerryTimetableAlgorithm::matrixParameters( const QString &departAt, const QStringList &origins, const QStringList &destinations )
{
  QgsVectorLayer *timetable = shippedTimetable();
  QgsVectorLayer *terminals = shippedTerminals();
  if ( !timetable->isValid() || !terminals->isValid() )
    qFatal( "the shipped ferry data cannot be opened" );
  return {
      { "INPUT", QVariant::fromValue( network() ) },
      { "DEFAULT_SPEED", 60 },
      { "GRAPH_CACHE", false },
      { "ORIGINS", QVariant::fromValue( sites( origins ) ) },
      { "ORIGIN_ID_FIELD", "name" },
      { "DESTINATIONS", QVariant::fromValue( sites( destinations ) ) },
      { "DESTINATION_ID_FIELD", "name" },
      { "FERRY_TIMETABLE", QVariant::fromValue( timetable ) },
      { "FERRY_TERMINALS", QVariant::fromValue( terminals ) },
      { "DEPART_AT", departAt },
      { "STAY_MINUTES", 60 },
      { "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT },
  };
}

Rows TestFerryTimetableAlgorithm::runMatrix( const QVariantMap &parameters, QString *error )
{
  Rows rows;
  mFeedback.warnings.clear();
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:traveltimematrix" ), parameters, *mContext, mFeedback, error );
  if ( results.isEmpty() )
    return rows;
  QgsVectorLayer *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( results.value( "OUTPUT" ).toString(), *mContext ) );
  if ( !output )
    return rows;
  QgsFeature feature;
  QgsFeatureIterator it = output->getFeatures();
  while ( it.nextFeature( feature ) )
    rows.insert( qMakePair( feature.attribute( "origin_id" ).toString(), feature.attribute( "dest_id" ).toString() ), feature );
  return rows;
}

void TestFerryTimetableAlgorithm::crossingsOfTheShippedTimetable()
{
  // Wednesday 13:00.
  // gills -> hope: at Gills Bay pier 13:01, check-in (10 min) closes 13:20 for the 13:30 (Pentland
  // Ferries, 70 min, Mon-Fri 09:30, 13:30, 18:45): St Margaret's Hope 14:40, 'hope' 14:41. 101 minutes:
  // 2 road, 70 on board, 29 waiting. Home: the last sailing back leaves 17:00, so leave 'hope' by
  // 16:49; after an hour there (15:41) that is still possible.
  // barra -> eriskay: pier 13:01; Wednesday's sailings after 13:11 are 15:40 (2026) and 15:45
  // (2016), 40 minutes: Eriskay 16:20, 'eriskay' 16:21, 201 minutes. Back: the last Eriskay -> Barra
  // sailing is 18:30 (2016), so leave by 18:19.
  QString error;
  const Rows rows = runMatrix( matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills", "barra" }, { "hope", "eriskay" } ), &error );
  QVERIFY2( rows.size() == 4, qPrintable( error ) );

  const QgsFeature pentland = rows.value( { "gills", "hope" } );
  COMPARE_NEAR( pentland.attribute( "minutes" ).toDouble(), 101.0, 1e-6 );
  COMPARE_NEAR( pentland.attribute( "road_min" ).toDouble(), 2.0, 1e-4 );
  COMPARE_NEAR( pentland.attribute( "ferry_min" ).toDouble(), 70.0, 1e-4 );
  COMPARE_NEAR( pentland.attribute( "wait_min" ).toDouble(), 29.0, 1e-4 );
  QCOMPARE( pentland.attribute( "ferry_legs" ).toInt(), 1 );
  QCOMPARE( pentland.attribute( "arrive_at" ).toString(), QStringLiteral( "14:41" ) );
  QCOMPARE( pentland.attribute( "same_day_return" ).toInt(), 1 );
  QCOMPARE( pentland.attribute( "latest_return" ).toString(), QStringLiteral( "16:49" ) );

  const QgsFeature barra = rows.value( { "barra", "eriskay" } );
  COMPARE_NEAR( barra.attribute( "minutes" ).toDouble(), 201.0, 1e-6 );
  COMPARE_NEAR( barra.attribute( "ferry_min" ).toDouble(), 40.0, 1e-4 );
  QCOMPARE( barra.attribute( "arrive_at" ).toString(), QStringLiteral( "16:21" ) );
  QCOMPARE( barra.attribute( "same_day_return" ).toInt(), 1 );
  QCOMPARE( barra.attribute( "latest_return" ).toString(), QStringLiteral( "18:19" ) );

  // Orkney and the Western Isles: no sailing joins them, so no minutes and no return.
  const QgsFeature none = rows.value( { "gills", "eriskay" } );
  QVERIFY( none.attribute( "minutes" ).isNull() );
  QVERIFY( none.attribute( "same_day_return" ).isNull() );
  QVERIFY( none.attribute( "latest_return" ).isNull() );

  // The published 100-hour run time (TransXChange PT100H40M0S, row 'journey 8' of CM21) is refused by name.
  QVERIFY2( !mFeedback.warningsWith( { "6040", "run_minutes", "more than a day" } ).isEmpty(), qPrintable( mFeedback.warnings.join( '\n' ) ) );
}

// A CSV output formats its cells apart from the rows (ids once, results row by row): the
// timetable's columns, strings and numbers and NULLs among them, read back as the memory output.
void TestFerryTimetableAlgorithm::timetableColumnsInACsvFile()
{
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills", "barra" }, { "hope", "eriskay" } );
  QString error;
  const Rows inMemory = runMatrix( parameters, &error );
  QVERIFY2( inMemory.size() == 4, qPrintable( error ) );
  QTemporaryDir folder;
  parameters.insert( "OUTPUT", folder.filePath( QStringLiteral( "ferry_matrix.csv" ) ) );
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:traveltimematrix" ), parameters, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );

  QFile text( results.value( "OUTPUT" ).toString() );
  QVERIFY( text.open( QIODevice::ReadOnly ) );
  const QList<QByteArray> lines = text.readAll().split( '\n' );
  QCOMPARE( lines.size(), 6 ); // a header, four rows, the empty end after the last line break
  const QgsFeature pentland = inMemory.value( { "gills", "hope" } );
  QStringList names;
  for ( const QgsField &field : pentland.fields() )
    names << field.name();
  QCOMPARE( QString::fromUtf8( lines.at( 0 ) ).trimmed(), names.join( ',' ) );
  QVERIFY( names.contains( QStringLiteral( "arrive_at" ) ) && names.contains( QStringLiteral( "latest_return" ) ) );

  for ( int line = 1; line <= 4; ++line )
  {
    const QStringList cells = QString::fromUtf8( lines.at( line ) ).trimmed().split( ',' );
    QCOMPARE( cells.size(), names.size() );
    const QgsFeature want = inMemory.value( { cells.at( 0 ), cells.at( 1 ) } );
    QVERIFY2( want.isValid(), qPrintable( cells.join( ',' ) ) );
    for ( int i = 2; i < names.size(); ++i )
    {
      const QVariant value = want.attribute( i );
      if ( value.isNull() )
        QVERIFY2( cells.at( i ).isEmpty(), qPrintable( names.at( i ) + ": " + cells.at( i ) ) );
      else if ( value.userType() == QMetaType::Double )
        QCOMPARE( cells.at( i ).toDouble(), value.toDouble() );
      else
        QCOMPARE( cells.at( i ), value.toString() );
    }
  }
  QVERIFY( lines.at( 1 ).contains( ",14:41," ) || lines.at( 2 ).contains( ",14:41," ) );
}

void TestFerryTimetableAlgorithm::lateAfternoonMissesTheLastSailing()
{
  // Wednesday 17:45 from 'gills': pier 17:46, the 18:45 is caught: 'hope' 19:56, 131 minutes; but
  // the last way home left 'hope' at 16:49 (for the 17:00), before one even arrived.
  // Wednesday 18:40: pier 18:41, the 18:45's check-in closed 18:35: Orkney is not reached that day.
  QString error;
  Rows rows = runMatrix( matrixParameters( QStringLiteral( "Wednesday 17:45" ), { "gills" }, { "hope" } ), &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 131.0, 1e-6 );
  QCOMPARE( rows.first().attribute( "same_day_return" ).toInt(), 0 );
  QCOMPARE( rows.first().attribute( "latest_return" ).toString(), QStringLiteral( "16:49" ) );

  rows = runMatrix( matrixParameters( QStringLiteral( "Wed 18:40" ), { "gills" }, { "hope" } ), &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  QVERIFY( rows.first().attribute( "minutes" ).isNull() );
  // Saturday: the Pentland sailings of Saturday (09:30, 13:30, 18:45) run too.
  rows = runMatrix( matrixParameters( QStringLiteral( "Sat 13:00" ), { "gills" }, { "hope" } ), &error );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 101.0, 1e-6 );
}

void TestFerryTimetableAlgorithm::windowOfDepartures()
{
  // gills -> hope leaving at 13:00, 13:15 and 13:30: 101, 86 (the same 13:30 sailing) and 386
  // minutes (13:31 at the pier misses its check-in: the 18:45, 'hope' at 19:56). Mean 191, worst 386.
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills" }, { "hope" } );
  parameters.insert( "DEPART_UNTIL", "13:30" );
  parameters.insert( "DEPART_EVERY", 15 );
  QString error;
  Rows rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 101.0, 1e-6 );
  COMPARE_NEAR( rows.first().attribute( "window_mean_min" ).toDouble(), 191.0, 1e-6 );
  COMPARE_NEAR( rows.first().attribute( "window_worst_min" ).toDouble(), 386.0, 1e-6 );
  COMPARE_NEAR( rows.first().attribute( "window_reached" ).toDouble(), 1.0, 1e-9 );
  // 18:30 still makes the 18:45 (86 minutes); 18:45 does not: half the window arrives, so no mean or worst.
  parameters.insert( "DEPART_AT", "Wed 18:30" );
  parameters.insert( "DEPART_UNTIL", "18:45" );
  rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 86.0, 1e-6 );
  QVERIFY( rows.first().attribute( "window_mean_min" ).isNull() );
  QVERIFY( rows.first().attribute( "window_worst_min" ).isNull() );
  COMPARE_NEAR( rows.first().attribute( "window_reached" ).toDouble(), 0.5, 1e-9 );
  // A window that ends before it starts is refused by name.
  parameters.insert( "DEPART_UNTIL", "18:00" );
  QVERIFY( runMatrix( parameters, &error ).isEmpty() );
  QVERIFY2( error.contains( "DEPART_UNTIL" ), qPrintable( error ) );
}

void TestFerryTimetableAlgorithm::nearestServiceRoutesCrossBySailing()
{
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills" }, { "hope", "eriskay" } );
  parameters.insert( "SERVICES", parameters.take( "DESTINATIONS" ) );
  parameters.insert( "SERVICE_ID_FIELD", parameters.take( "DESTINATION_ID_FIELD" ) );
  parameters.remove( "ORIGIN_ID_FIELD" );
  parameters.insert( "ROUTES", true );
  QString error;
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:nearestservice" ), parameters, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( results.value( "OUTPUT" ).toString(), *mContext ) );
  QVERIFY( output );
  QCOMPARE( output->featureCount(), 1LL );
  QgsFeature route;
  output->getFeatures().nextFeature( route );
  QCOMPARE( route.attribute( "service_id" ).toString(), QStringLiteral( "hope" ) );
  QCOMPARE( route.attribute( "same_day_return" ).toInt(), 1 );
  // Road to Gills Bay (1 km), the crossing straight between the piers, road from St Margaret's Hope (1 km).
  const double crossing = std::hypot( 344547.3 - 332675.9, 994237.9 - 972949.1 );
  COMPARE_NEAR( route.geometry().length(), 2000.0 + crossing, 0.5 );
  COMPARE_NEAR( route.attribute( "km" ).toDouble(), ( 2000.0 + crossing ) / 1000.0, 1e-3 );
}

void TestFerryTimetableAlgorithm::urbanRuralClassSensitiveToFerryTiming()
{
  // A town of 20,000 at 'gills' (Caithness side); a rural place at 'hope' (Orkney side), driving to it.
  // Accessible up to 80 minutes, very remote over 150 (thresholds chosen so the three timings differ):
  //   Wed 07:00: pier 07:01, check-in 07:35 for the 07:45, Gills Bay 08:55, town 08:56: 116 min, remote rural (7);
  //   crossing only: 1 + 70 + 1 = 72 min, accessible rural (6);
  //   average wait: 1 + 10 + 24 h / (2 x 3 sailings) = 240 + 70 + 1 = 322 min, very remote rural (8).
  QgsVectorLayer *town = keep( placegaptest::memoryLayer( QStringLiteral( "Polygon?field=name:string&field=pop:double" ), { { "Polygon((331475.9 972849.1, 331875.9 972849.1, 331875.9 973049.1, 331475.9 973049.1, 331475.9 972849.1))", QgsAttributes() << "Thurso-ish" << 20000.0 } }, QStringLiteral( "settlements" ) ) );
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 07:00" ), { "hope" }, {} );
  parameters.insert( "FEATURES", parameters.take( "ORIGINS" ) );
  parameters.remove( "ORIGIN_ID_FIELD" );
  parameters.remove( "DESTINATIONS" );
  parameters.remove( "DESTINATION_ID_FIELD" );
  parameters.remove( "STAY_MINUTES" );
  parameters.insert( "SETTLEMENTS", QVariant::fromValue( town ) );
  parameters.insert( "SETTLEMENT_ID_FIELD", "name" );
  parameters.insert( "SETTLEMENT_POPULATION_FIELD", "pop" );
  parameters.insert( "ACCESSIBLE_MINUTES", 80 );
  parameters.insert( "VERY_REMOTE_MINUTES", 150 );
  QString error;
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:urbanruralclassification" ), parameters, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( results.value( "OUTPUT" ).toString(), *mContext ) );
  QVERIFY( output );
  QgsFeature place;
  QVERIFY( output->getFeatures().nextFeature( place ) );
  COMPARE_NEAR( place.attribute( "drive_min" ).toDouble(), 116.0, 1e-6 );
  QCOMPARE( place.attribute( "ur8_code" ).toInt(), 7 );
  COMPARE_NEAR( place.attribute( "drive_min_crossing" ).toDouble(), 72.0, 1e-6 );
  QCOMPARE( place.attribute( "ur8_crossing" ).toInt(), 6 );
  COMPARE_NEAR( place.attribute( "drive_min_avgwait" ).toDouble(), 322.0, 1e-6 );
  QCOMPARE( place.attribute( "ur8_avgwait" ).toInt(), 8 );
  QCOMPARE( place.attribute( "ur8_ferry_sensitive" ).toInt(), 1 );
}

void TestFerryTimetableAlgorithm::islandSailingsAndEarliestMainlandArrival()
{
  // Mainland: the road at Gills Bay. From 'hope' on Wednesday at 07:00: pier 07:01, the 07:45 (one of
  // Wednesday's 3 sailings from St Margaret's Hope), the mainland road at Gills Bay pier at 08:55 (115 min).
  // 'barra' has 10 Wednesday sailings to Eriskay, but none of them leads to this mainland.
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 07:00" ), { "hope", "barra", "gills" }, {} );
  parameters.insert( "FEATURES", parameters.take( "ORIGINS" ) );
  for ( const char *unused : { "ORIGIN_ID_FIELD", "DESTINATIONS", "DESTINATION_ID_FIELD", "STAY_MINUTES" } )
    parameters.remove( unused );
  parameters.insert( "MAINLAND_POINT", QStringLiteral( "331675.9,972949.1 [EPSG:27700]" ) );
  QString error;
  const QVariantMap results = placegaptest::runAlgorithm( QStringLiteral( "placegap:islandflag" ), parameters, *mContext, mFeedback, &error );
  QVERIFY2( !results.isEmpty(), qPrintable( error ) );
  QgsVectorLayer *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString( results.value( "OUTPUT" ).toString(), *mContext ) );
  QVERIFY( output );
  QMap<QString, QgsFeature> byName;
  QgsFeature feature;
  QgsFeatureIterator it = output->getFeatures();
  while ( it.nextFeature( feature ) )
    byName.insert( feature.attribute( "name" ).toString(), feature );
  QCOMPARE( byName.value( "hope" ).attribute( "on_island" ).toInt(), 1 );
  COMPARE_NEAR( byName.value( "hope" ).attribute( "mainland_min" ).toDouble(), 115.0, 1e-6 );
  QCOMPARE( byName.value( "hope" ).attribute( "mainland_arrive_at" ).toString(), QStringLiteral( "08:55" ) );
  QCOMPARE( byName.value( "hope" ).attribute( "sailings_day" ).toInt(), 3 );
  QCOMPARE( byName.value( "barra" ).attribute( "sailings_day" ).toInt(), 10 );
  QVERIFY( byName.value( "barra" ).attribute( "mainland_min" ).isNull() );
  QCOMPARE( byName.value( "gills" ).attribute( "on_island" ).toInt(), 0 );
  COMPARE_NEAR( byName.value( "gills" ).attribute( "mainland_min" ).toDouble(), 0.0, 1e-9 );
}

void TestFerryTimetableAlgorithm::networkFerryLinesGiveWayToTheTimetable()
{
  // With the network's own ferry line (70 min, no wait) the trip at 13:00 would take 72 minutes;
  // with the timetable that line is left out and the 13:30 sailing gives 101.
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills" }, { "hope" } );
  parameters.insert( "INPUT", QVariant::fromValue( network( true ) ) );
  parameters.insert( "FERRY_FIELD", "ferry_min" );
  QString error;
  Rows rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 101.0, 1e-6 );
  // Without the timetable, the static ferry line: 1 + 70 + 1.
  parameters.remove( "FERRY_TIMETABLE" );
  parameters.remove( "FERRY_TERMINALS" );
  rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 72.0, 1e-6 );
  QVERIFY( rows.first().fields().lookupField( "same_day_return" ) < 0 );
}

void TestFerryTimetableAlgorithm::badSailingsAreWarnedAndLeftOut()
{
  // A hand-made timetable in text fields: one good sailing and one of each fault.
  QgsVectorLayer *timetable = placegaptest::memoryLayer(
      QStringLiteral( "None?field=from_stop:string&field=to_stop:string&field=departure:string&field=run_minutes:string&field=mon:integer&field=tue:integer&field=wed:integer&field=thu:integer&field=fri:integer&field=sat:integer&field=sun:integer" ),
      {
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "13:30"
                                       << "70" << 1 << 1 << 1 << 1 << 1 << 0 << 0 },
          { QString(), QgsAttributes() << "9300XXX"
                                       << "9300SMH"
                                       << "09:00"
                                       << "70" << 1 << 1 << 1 << 1 << 1 << 0 << 0 }, // unknown terminal
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "25:10"
                                       << "70" << 1 << 1 << 1 << 1 << 1 << 0 << 0 }, // not a time
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "10:00"
                                       << "-5" << 1 << 1 << 1 << 1 << 1 << 0 << 0 }, // negative
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "11:00"
                                       << "6040" << 1 << 1 << 1 << 1 << 1 << 0 << 0 }, // absurd
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "12:00"
                                       << "70" << 1 << 1 << 2 << 1 << 1 << 0 << 0 }, // day not 0/1
      },
      QStringLiteral( "sailings" ) );
  mLayers << timetable;
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 08:00" ), { "gills" }, { "hope" } );
  parameters.insert( "FERRY_TIMETABLE", QVariant::fromValue( timetable ) );
  QString error;
  const Rows rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  // Only the 13:30 is left for Wednesday (the 12:00's Wednesday is '2', taken as not running).
  QCOMPARE( rows.first().attribute( "arrive_at" ).toString(), QStringLiteral( "14:41" ) );
  QCOMPARE( mFeedback.warningsWith( { "row 2", "9300XXX", "from_stop" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "row 3", "departure", "25:10" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "row 4", "run_minutes", "-5", "not above 0" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "row 5", "run_minutes", "6040", "more than a day" } ).size(), 1 );
  QCOMPARE( mFeedback.warningsWith( { "row 6", "wed", "'2'" } ).size(), 1 );

  // Sunday: no sailing at all: a warning says every ferry is closed, and Orkney is out of reach.
  parameters.insert( "DEPART_AT", "Sun 08:00" );
  const Rows sunday = runMatrix( parameters, &error );
  QVERIFY( sunday.first().attribute( "minutes" ).isNull() );
  QCOMPARE( mFeedback.warningsWith( { "No sailing", "Sun" } ).size(), 1 );
}

void TestFerryTimetableAlgorithm::aSailingsOwnCheckIn()
{
  // The 13:30 asks 45 minutes' check-in (by 12:45): leaving 'gills' at 12:40 (pier 12:41) it is
  // caught (14:41, 121 min); at 13:00 it is not, and the 18:45 (default 10 minutes) is taken instead.
  // A check-in of 'lots' is warned about and the default used.
  QgsVectorLayer *timetable = keep( placegaptest::memoryLayer(
      QStringLiteral( "None?field=from_stop:string&field=to_stop:string&field=departure:string&field=run_minutes:double&field=check_in:string" ),
      {
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "13:30" << 70.0 << "45" },
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "18:45" << 70.0 << QVariant() },
          { QString(), QgsAttributes() << "9300SMH"
                                       << "9300GIL"
                                       << "17:00" << 70.0 << "lots" },
      },
      QStringLiteral( "sailings" ) ) );
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 12:40" ), { "gills" }, { "hope" } );
  parameters.insert( "FERRY_TIMETABLE", QVariant::fromValue( timetable ) );
  parameters.insert( "TIMETABLE_DAY_FIELDS", QString() );
  parameters.insert( "TIMETABLE_CHECK_IN_FIELD", "check_in" );
  QString error;
  Rows rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  COMPARE_NEAR( rows.first().attribute( "minutes" ).toDouble(), 121.0, 1e-6 );
  QCOMPARE( mFeedback.warningsWith( { "row 3", "check_in", "lots" } ).size(), 1 );
  parameters.insert( "DEPART_AT", "Wed 13:00" );
  rows = runMatrix( parameters, &error );
  QCOMPARE( rows.first().attribute( "arrive_at" ).toString(), QStringLiteral( "19:56" ) );
}

void TestFerryTimetableAlgorithm::footPassengerSailingsWhenDriving()
{
  // The 13:30 carries foot passengers only; the 18:45 vehicles. Leaving 'gills' at 13:00: driving,
  // the 18:45 ('hope' 19:56); on foot, the 13:30 ('hope' 14:41). 'hovercraft' is warned about.
  QgsVectorLayer *timetable = keep( placegaptest::memoryLayer(
      QStringLiteral( "None?field=from_stop:string&field=to_stop:string&field=departure:string&field=run_minutes:double&field=vehicles:string" ),
      {
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "13:30" << 70.0 << "foot" },
          { QString(), QgsAttributes() << "9300GIL"
                                       << "9300SMH"
                                       << "18:45" << 70.0 << "vehicle" },
          { QString(), QgsAttributes() << "9300SMH"
                                       << "9300GIL"
                                       << "17:00" << 70.0 << "hovercraft" },
      },
      QStringLiteral( "sailings" ) ) );
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 13:00" ), { "gills" }, { "hope" } );
  parameters.insert( "FERRY_TIMETABLE", QVariant::fromValue( timetable ) );
  parameters.insert( "TIMETABLE_DAY_FIELDS", QString() );
  parameters.insert( "TIMETABLE_VEHICLES_FIELD", "vehicles" );
  QString error;
  Rows rows = runMatrix( parameters, &error );
  QVERIFY2( rows.size() == 1, qPrintable( error ) );
  QCOMPARE( rows.first().attribute( "arrive_at" ).toString(), QStringLiteral( "19:56" ) );
  QCOMPARE( mFeedback.warningsWith( { "row 3", "vehicles", "hovercraft" } ).size(), 1 );
  parameters.insert( "FERRY_TRAVELLER", 1 );
  rows = runMatrix( parameters, &error );
  QCOMPARE( rows.first().attribute( "arrive_at" ).toString(), QStringLiteral( "14:41" ) );
}

void TestFerryTimetableAlgorithm::badTimetableParametersAreRefused()
{
  QString error;
  QVariantMap parameters = matrixParameters( QStringLiteral( "Wed 08:00" ), { "gills" }, { "hope" } );

  QVariantMap noTerminals = parameters;
  noTerminals.remove( "FERRY_TERMINALS" );
  QVERIFY( runMatrix( noTerminals, &error ).isEmpty() );
  QVERIFY2( error.contains( "FERRY_TERMINALS" ), qPrintable( error ) );

  QVariantMap badTime = parameters;
  badTime.insert( "DEPART_AT", "Wed 8h" );
  QVERIFY( runMatrix( badTime, &error ).isEmpty() );
  QVERIFY2( error.contains( "DEPART_AT" ) && error.contains( "Wed 8h" ), qPrintable( error ) );

  QVariantMap badField = parameters;
  badField.insert( "TIMETABLE_MINUTES_FIELD", "crossing" );
  QVERIFY( runMatrix( badField, &error ).isEmpty() );
  QVERIFY2( error.contains( "'crossing'" ) && error.contains( "FERRY_TIMETABLE" ), qPrintable( error ) );

  QVariantMap badDays = parameters;
  badDays.insert( "TIMETABLE_DAY_FIELDS", "mon;tue" );
  QVERIFY( runMatrix( badDays, &error ).isEmpty() );
  QVERIFY2( error.contains( "seven" ), qPrintable( error ) );

  QVariantMap shortest = parameters;
  shortest.insert( "STRATEGY", 0 );
  QVERIFY( runMatrix( shortest, &error ).isEmpty() );
  QVERIFY2( error.contains( "STRATEGY" ), qPrintable( error ) );
}

QTEST_MAIN( TestFerryTimetableAlgorithm )
#include "testferrytimetablealgorithm.moc"
