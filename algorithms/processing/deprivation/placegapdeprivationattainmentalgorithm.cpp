/***************************************************************************
  placegapdeprivationattainmentalgorithm.cpp - base of the deprivation and attainment family
 ***************************************************************************/
#include "placegapdeprivationattainmentalgorithm.h"

#include "placegapinstalleddata.h"
#include "placegaptr.h"

#include "qgsprocessingutils.h"

#include <QIcon>

QString PlaceGapDeprivationAttainmentAlgorithm::group() const
{
  return PlaceGap::tr( "Deprivation and attainment" );
}

QString PlaceGapDeprivationAttainmentAlgorithm::groupId() const
{
  return QStringLiteral( "deprivationattainment" );
}

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
}

bool PlaceGapDeprivationAttainmentAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  if ( !QgsProcessingAlgorithm::checkParameterValues( parameters, context, message ) )
    return false;
  if ( !parameterDefinition( INPUT ) )
    return true;
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, INPUT, context ) );
  if ( !source )
    return true; // the base class has already judged a missing layer
  const QString problem = inputProblem( *source, parameters, context );
  if ( !problem.isEmpty() && message )
    *message = problem;
  return problem.isEmpty();
}

QString PlaceGapDeprivationAttainmentAlgorithm::inputProblem( const QgsFeatureSource &, const QVariantMap &, QgsProcessingContext & ) const
{
  return QString();
}

std::unique_ptr<QgsProcessingFeatureSource> PlaceGapDeprivationAttainmentAlgorithm::checkedInput( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source = requiredSource( parameters, INPUT, context );
  const QString problem = inputProblem( *source, parameters, context );
  if ( !problem.isEmpty() )
    throw QgsProcessingException( problem );
  return source;
}
