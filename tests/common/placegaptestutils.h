/***************************************************************************
  placegaptestutils.h - starting QGIS for a test and catching its feedback
 ***************************************************************************/
#ifndef PLACEGAPTESTUTILS_H
#define PLACEGAPTESTUTILS_H

#include "placegapprovider.h"

#include "qgsapplication.h"
#include "qgsprocessingfeedback.h"
#include "qgsprocessingregistry.h"

#include <QStringList>

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
} // namespace placegaptest

#endif // PLACEGAPTESTUTILS_H
