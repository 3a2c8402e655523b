/***************************************************************************
  placegaptestutils.h - starting QGIS for a test and catching its feedback
 ***************************************************************************/
#ifndef PLACEGAPTESTUTILS_H
#define PLACEGAPTESTUTILS_H

#include "placegapprovider.h"

#include "qgsapplication.h"
#include "qgsgeometry.h"
#include "qgsnativealgorithms.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingregistry.h"
#include "qgsrasterlayer.h"
#include "qgsvectordataprovider.h"
#include "qgsvectorlayer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace placegaptest
{
  /**
   * Points the temporary folder (TMPDIR) of this test program, and the programs it starts, into
   * a folder of its own, removed with everything in it when the program ends: QGIS started
   * without a QgsApplication object, as the tests start it, never removes the folder its
   * source cache makes, and every run of every test program left one in /tmp.
   */
  inline void useOwnTemporaryFolder()
  {
    static QTemporaryDir folder( QDir::tempPath() + QStringLiteral( "/placegap-test-XXXXXX" ) );
    if ( folder.isValid() )
      qputenv( "TMPDIR", QFile::encodeName( folder.path() ) );
  }

  //! Starts QGIS headless (call from initTestCase) and registers the placegap provider.
  inline void startQgis()
  {
    useOwnTemporaryFolder();
    const QByteArray prefix = qgetenv( "QGIS_PREFIX_PATH" );
    QgsApplication::setPrefixPath( prefix.isEmpty() ? QStringLiteral( PLACEGAP_QGIS_PREFIX ) : QString::fromLocal8Bit( prefix ), true );
    QgsApplication::init();
    QgsApplication::initQgis();
    // The tests read PlaceGap's English strings whatever the machine's language (test_translation checks the others).
    QLocale::setDefault( QLocale( QLocale::English, QLocale::UnitedKingdom ) );
    if ( !QgsApplication::processingRegistry()->providerById( QStringLiteral( "placegap" ) ) )
      QgsApplication::processingRegistry()->addProvider( new PlaceGapProvider() );
    // QGIS's own algorithms, as in the desktop and qgis_process: models mix them with PlaceGap's.
    if ( !QgsApplication::processingRegistry()->providerById( QStringLiteral( "native" ) ) )
      QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  }

  //! Keeps every warning and error message an algorithm reports.
  class CapturingFeedback : public QgsProcessingFeedback
  {
    public:
      void pushWarning( const QString &warning ) override
      {
        warnings << warning;
        QgsProcessingFeedback::pushWarning( warning );
      }
      void reportError( const QString &error, bool fatalError ) override
      {
        errors << error;
        QgsProcessingFeedback::reportError( error, fatalError );
      }
      //! Warnings containing all the given fragments.
      QStringList warningsWith( const QStringList &fragments ) const
      {
        QStringList found;
        for ( const QString &warning : warnings )
        {
          bool all = true;
          for ( const QString &fragment : fragments )
            all = all && warning.contains( fragment );
          if ( all )
            found << warning;
        }
        return found;
      }
      QStringList warnings;
      QStringList errors;
  };
  /**
   * Runs an algorithm of the registry as QGIS does: checkParameterValues first, then run.
   * Returns the results, or an empty map with the refusal or exception message in error.
   */
  /**
   * A memory layer with one feature per row: its WKT (empty: no geometry) and attributes. The
   * definition is the memory provider's ("Point?field=name:string"); without a crs it is in
   * EPSG:27700. The caller owns the layer.
   */
  inline QgsVectorLayer *memoryLayer( const QString &definition, const QList<QPair<QString, QgsAttributes>> &rows, const QString &name = QStringLiteral( "input" ) )
  {
    const QString uri = definition.contains( QLatin1String( "crs=" ) ) ? definition : definition + ( definition.contains( '?' ) ? QStringLiteral( "&crs=EPSG:27700" ) : QStringLiteral( "?crs=EPSG:27700" ) );
    auto *layer = new QgsVectorLayer( uri, name, QStringLiteral( "memory" ) );
    QgsFeatureList features;
    for ( const auto &[wkt, attributes] : rows )
    {
      QgsFeature feature( layer->fields() );
      feature.setAttributes( attributes );
      if ( !wkt.isEmpty() )
        feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
      features << feature;
    }
    layer->dataProvider()->addFeatures( features );
    return layer;
  }

  //! A memory layer of named features: a "name" string field and each (name, WKT) pair.
  inline QgsVectorLayer *namedLayer( const QString &geometryAndCrs, const QList<QPair<QString, QString>> &namedWkt, const QString &name = QStringLiteral( "input" ) )
  {
    QList<QPair<QString, QgsAttributes>> rows;
    for ( const auto &[featureName, wkt] : namedWkt )
      rows << qMakePair( wkt, QgsAttributes() << featureName );
    return memoryLayer( geometryAndCrs + ( geometryAndCrs.contains( '?' ) ? QStringLiteral( "&" ) : QStringLiteral( "?" ) ) + QStringLiteral( "field=name:string" ), rows, name );
  }

  /**
   * Why the file outputs among \a results (GeoPackage layers, GeoTIFFs) lack the provenance
   * record of algorithm \a id run with \a parameters, or an empty string when each carries it.
   */
  inline QString provenanceProblem( const QString &id, const QVariantMap &parameters, const QVariantMap &results )
  {
    for ( auto result = results.constBegin(); result != results.constEnd(); ++result )
    {
      const QString value = result.value().toString();
      const QString file = value.section( '|', 0, 0 );
      const bool geoPackage = file.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive );
      if ( !( geoPackage || file.endsWith( QLatin1String( ".tif" ), Qt::CaseInsensitive ) ) || !QFileInfo( file ).isFile() )
        continue;
      std::unique_ptr<QgsMapLayer> layer;
      if ( geoPackage )
        layer = std::make_unique<QgsVectorLayer>( value, QStringLiteral( "output" ), QStringLiteral( "ogr" ) );
      else
      {
        // A GeoTIFF's record is a .qmd sidecar, which QGIS reads as the layer's default metadata.
        layer = std::make_unique<QgsRasterLayer>( value, QStringLiteral( "output" ), QStringLiteral( "gdal" ) );
        bool loaded = false;
        layer->loadDefaultMetadata( loaded );
      }
      const QStringList history = layer->metadata().history();
      const QString madeBy = QStringLiteral( "Made by %1 (PlaceGap " ).arg( id );
      if ( history.isEmpty() || !history.first().startsWith( madeBy ) )
        return QStringLiteral( "%1 (%2) has no provenance record: its metadata history starts '%3'" ).arg( value, result.key(), history.value( 0 ) );
      // Every parameter the run was given is in the record.
      for ( auto parameter = parameters.constBegin(); parameter != parameters.constEnd(); ++parameter )
      {
        if ( history.filter( QRegularExpression( QStringLiteral( "^%1 = " ).arg( QRegularExpression::escape( parameter.key() ) ) ) ).isEmpty() )
          return QStringLiteral( "%1 (%2): the provenance record lacks the parameter %3" ).arg( value, result.key(), parameter.key() );
      }
    }
    return QString();
  }

  inline QVariantMap runAlgorithm( const QString &id, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback &feedback, QString *error = nullptr )
  {
    std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
    QString message;
    if ( !algorithm->checkParameterValues( parameters, context, &message ) )
    {
      if ( error )
        *error = message;
      return QVariantMap();
    }
    try
    {
      bool ok = false;
      const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok, QVariantMap(), false );
      // Every PlaceGap file output records where it came from.
      const QString problem = ok && id.startsWith( QLatin1String( "placegap:" ) ) ? provenanceProblem( id, parameters, results ) : QString();
      if ( !problem.isEmpty() )
      {
        if ( error )
          *error = problem;
        return QVariantMap();
      }
      return ok ? results : QVariantMap();
    }
    catch ( QgsProcessingException &e )
    {
      if ( error )
        *error = e.what();
      return QVariantMap();
    }
  }
} // namespace placegaptest

#endif // PLACEGAPTESTUTILS_H
