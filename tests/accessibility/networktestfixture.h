/***************************************************************************
  networktestfixture.h - the hand-built networks and helpers the network algorithms' tests share
 ***************************************************************************/
#ifndef NETWORKTESTFIXTURE_H
#define NETWORKTESTFIXTURE_H

#include "placegaptestutils.h"

#include "qgscoordinatetransform.h"
#include "qgsdistancearea.h"
#include "qgsfeature.h"
#include "qgsgeometry.h"
#include "qgsgraph.h"
#include "qgsgraphanalyzer.h"
#include "qgsgraphbuilder.h"
#include "qgsnetworkspeedstrategy.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsproject.h"
#include "qgsvectorfilewriter.h"
#include "qgsvectorlayer.h"
#include "qgsvectorlayerdirector.h"

#include <QTemporaryDir>

#include <QtTest>
#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <random>

namespace networktest
{
  //! One network line: WKT, direction value, speed (km/h), road class, ferry minutes.
  struct Line
  {
      QString wkt;
      QVariant direction;
      QVariant speed;
      QVariant roadClass;
      QVariant ferryMinutes;
  };

  //! One site: id, WKT, population and places.
  struct SitePoint
  {
      QString id;
      QString wkt;
      QVariant pop = 100;
      QVariant places = 10;
      QVariant cx = QVariant();
      QVariant cy = QVariant();
  };

  //! A result row keyed by (origin id, destination id).
  struct Row
  {
      QVariant minutes;
      QVariant km;
      QVariant rank;
      QVariant originSnap;
  };
  using Rows = QMap<QPair<QString, QString>, Row>;

  //! Also keeps the information messages (the graph cache reports there).
  class InfoFeedback : public placegaptest::CapturingFeedback
  {
    public:
      void pushInfo( const QString &info ) override
      {
        infos << info;
        placegaptest::CapturingFeedback::pushInfo( info );
      }
      bool saidSomething( const QString &fragment ) const
      {
        return std::any_of( infos.begin(), infos.end(), [&fragment]( const QString &info )
                            { return info.contains( fragment ); } );
      }
      QStringList infos;
  };

  /*
   * The hand-built network (EPSG:27700, metres; speeds 36 km/h = 10 m/s unless said):
   *
   *   island  G(0,1000) ------ H(100,1000)                 (no ferry: unreachable)
   *
   *   D(0,100) ------------ C(100,100)
   *   |                        |
   *   A(0,0) ------>------- B(100,0) ~~~~ ferry 10 min ~~~~ E(1100,0) ---- F(1200,0)
   *   (A -> B one-way: dir 'F')          (FERRY_WAIT 5 min: 900 s a crossing)
   */
  const QList<Line> HAND_NETWORK {
      { "LineString(0 0, 100 0)", "F", 36, QVariant(), QVariant() },
      { "LineString(100 0, 100 100)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(100 100, 0 100)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(0 100, 0 0)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(100 0, 1100 0)", QVariant(), QVariant(), QVariant(), 10 },
      { "LineString(1100 0, 1200 0)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(0 1000, 100 1000)", QVariant(), 36, QVariant(), QVariant() },
  };

  /*
   * The 2SFCA worked example of the core test, as a network: a loop of four roads with
   * neighbourhoods i1, i2 and nurseries j1 (10 places), j2 (6 places) at its corners.
   *
   *   j2(0,9000) --- 3000 m at 22.5 km/h = 8 min --- i2(3000,9000)
   *   |                                                  |
   *   9000 m at 27 km/h = 20 min                         9000 m at 36 km/h = 15 min
   *   |                                                  |
   *   i1(0,0) ------ 3000 m at 36 km/h = 5 min ------ j1(3000,0)
   *
   * Going the other way round the loop is always slower (e.g. i1 -> j2 via j1 and i2:
   * 5 + 15 + 8 = 28 > 20 min), so the times are i1-j1 5, i1-j2 20, i2-j1 15, i2-j2 8.
   */
  const QList<Line> CATCHMENT_NETWORK {
      { "LineString(0 0, 3000 0)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(3000 0, 3000 9000)", QVariant(), 36, QVariant(), QVariant() },
      { "LineString(3000 9000, 0 9000)", QVariant(), 22.5, QVariant(), QVariant() },
      { "LineString(0 9000, 0 0)", QVariant(), 27, QVariant(), QVariant() },
  };
} // namespace networktest

/**
 * What the network algorithms' test programs share: a temporary folder and context per test,
 * a graph cache of their own, and helpers that make networks and sites and run algorithms.
 */
class NetworkTestFixture
{
  protected:
    using Line = networktest::Line;
    using SitePoint = networktest::SitePoint;
    using Row = networktest::Row;
    using Rows = networktest::Rows;
    using InfoFeedback = networktest::InfoFeedback;

    void startFixture();
    void stopFixture();
    void initFixture();
    void cleanupFixture();
    QgsVectorLayer *makeNetwork( const QList<Line> &lines, const QString &crs = QStringLiteral( "EPSG:27700" ), const QString &geometry = QStringLiteral( "LineString" ) );
    QgsVectorLayer *makeSites( const QList<SitePoint> &sites, const QString &crs = QStringLiteral( "EPSG:27700" ), const QString &geometry = QStringLiteral( "Point" ) );
    QVariantMap networkParameters( QgsVectorLayer *network ) const;
    //! Travel time matrix parameters from origins to destinations, both identified by their 'code', written to output.
    QVariantMap matrixParameters( QgsVectorLayer *network, QgsVectorLayer *origins, QgsVectorLayer *destinations, const QString &output ) const;
    //! Runs an algorithm; returns its results, or an empty map and the message.
    QVariantMap run( const QString &id, const QVariantMap &parameters, QString *error = nullptr );
    Rows readRows( const QString &path, const QString &originField, const QString &destinationField );

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QgsProcessingContext> mContext;
    InfoFeedback mFeedback;
    QTemporaryDir mCacheDir;
    QgsProject mProject;
};

inline void NetworkTestFixture::startFixture()
{
  // A graph cache of this test's own, not the user's.
  qputenv( "PLACEGAP_GRAPH_CACHE", mCacheDir.filePath( "graphcache.sqlite" ).toLocal8Bit() );
  placegaptest::startQgis();
}

inline void NetworkTestFixture::stopFixture()
{
  mProject.clear();
  QgsApplication::exitQgis();
}

inline void NetworkTestFixture::initFixture()
{
  mDir = std::make_unique<QTemporaryDir>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( &mProject );
  mFeedback.warnings.clear();
  mFeedback.errors.clear();
  mFeedback.infos.clear();
}

inline void NetworkTestFixture::cleanupFixture()
{
  mProject.removeAllMapLayers();
}

inline QgsVectorLayer *NetworkTestFixture::makeNetwork( const QList<Line> &lines, const QString &crs, const QString &geometry )
{
  const QString uri = QStringLiteral( "%1?crs=%2&field=dir:string&field=speed:double&field=class:string&field=ferry:double" ).arg( geometry, crs );
  auto *layer = new QgsVectorLayer( uri, QStringLiteral( "network" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const Line &line : lines )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << line.direction << line.speed << line.roadClass << line.ferryMinutes );
    if ( !line.wkt.isEmpty() )
      feature.setGeometry( QgsGeometry::fromWkt( line.wkt ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

inline QgsVectorLayer *NetworkTestFixture::makeSites( const QList<SitePoint> &sites, const QString &crs, const QString &geometry )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "%1?crs=%2&field=code:string&field=pop:double&field=places:double&field=cx:double&field=cy:double" ).arg( geometry, crs ), QStringLiteral( "sites" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const SitePoint &site : sites )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes() << site.id << site.pop << site.places << site.cx << site.cy );
    if ( !site.wkt.isEmpty() )
      feature.setGeometry( QgsGeometry::fromWkt( site.wkt ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  mProject.addMapLayer( layer, false, true );
  return layer;
}

inline QVariantMap NetworkTestFixture::matrixParameters( QgsVectorLayer *network, QgsVectorLayer *origins, QgsVectorLayer *destinations, const QString &output ) const
{
  QVariantMap parameters = networkParameters( network );
  parameters.insert( "ORIGINS", origins->id() );
  parameters.insert( "ORIGIN_ID_FIELD", "code" );
  parameters.insert( "DESTINATIONS", destinations->id() );
  parameters.insert( "DESTINATION_ID_FIELD", "code" );
  parameters.insert( "OUTPUT", mDir->filePath( output ) );
  return parameters;
}

inline QVariantMap NetworkTestFixture::networkParameters( QgsVectorLayer *network ) const
{
  return QVariantMap {
      { "INPUT", network->id() },
      { "STRATEGY", 1 },
      { "DIRECTION_FIELD", "dir" },
      { "VALUE_FORWARD", "F" },
      { "VALUE_BACKWARD", "B" },
      { "VALUE_BOTH", "T" },
      { "DEFAULT_DIRECTION", 2 },
      { "SPEED_FIELD", "speed" },
      { "DEFAULT_SPEED", 36 },
      { "FERRY_FIELD", "ferry" },
      { "FERRY_WAIT", 5 },
      { "OFF_NETWORK_SPEED", 3.6 }, // 1 m/s: the off-network legs in seconds are their metres
  };
}

inline QVariantMap NetworkTestFixture::run( const QString &id, const QVariantMap &parameters, QString *error )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  if ( !algorithm )
  {
    if ( error )
      *error = QStringLiteral( "no algorithm %1" ).arg( id );
    return QVariantMap();
  }
  QString message;
  if ( !algorithm->checkParameterValues( parameters, *mContext, &message ) )
  {
    if ( error )
      *error = message;
    return QVariantMap();
  }
  try
  {
    bool ok = false;
    const QVariantMap results = algorithm->run( parameters, *mContext, &mFeedback, &ok, QVariantMap(), false );
    return ok ? results : QVariantMap();
  }
  catch ( QgsProcessingException &e )
  {
    if ( error )
      *error = e.what();
    return QVariantMap();
  }
}

inline networktest::Rows NetworkTestFixture::readRows( const QString &path, const QString &originField, const QString &destinationField )
{
  Rows rows;
  QgsVectorLayer layer( path, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
    return rows;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QPair<QString, QString> key( feature.attribute( originField ).toString(), feature.attribute( destinationField ).toString() );
    rows.insert( key, Row { feature.attribute( QStringLiteral( "minutes" ) ), feature.attribute( QStringLiteral( "km" ) ), feature.attribute( QStringLiteral( "rank" ) ), feature.attribute( QStringLiteral( "origin_snap_m" ) ) } );
  }
  return rows;
}

static bool isNullValue( const QVariant &value )
{
  return value.isNull() || !value.isValid();
}

#endif // NETWORKTESTFIXTURE_H
