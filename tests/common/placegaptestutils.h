/***************************************************************************
  placegaptestutils.h - starting QGIS for a test and catching its feedback
 ***************************************************************************/
#ifndef PLACEGAPTESTUTILS_H
#define PLACEGAPTESTUTILS_H

#include "placegapprovider.h"

#include "qgsapplication.h"
#include "qgsnativealgorithms.h"
#include "qgsprocessingalgorithm.h"
#include "qgsprocessingcontext.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingregistry.h"

#include <QStringList>

#include <memory>

namespace placegaptest
{
  //! Starts QGIS headless (call from initTestCase) and registers the placegap provider.
  inline void startQgis()
  {
    const QByteArray prefix = qgetenv( "QGIS_PREFIX_PATH" );
    QgsApplication::setPrefixPath( prefix.isEmpty() ? QStringLiteral( PLACEGAP_QGIS_PREFIX ) : QString::fromLocal8Bit( prefix ), true );
    QgsApplication::init();
    QgsApplication::initQgis();
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
