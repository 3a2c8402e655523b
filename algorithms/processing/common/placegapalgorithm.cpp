/***************************************************************************
  placegapalgorithm.cpp - what every PlaceGap algorithm shares: help, icon, provenance
 ***************************************************************************/
#include "placegapalgorithm.h"

#include "placegapinstalleddata.h"
#include "placegapprovenance.h"

#include <QIcon>

QString PlaceGapAlgorithm::helpUrl() const
{
  return placegap::installed::algorithmHelpUrl( documentationPage(), name() );
}

QIcon PlaceGapAlgorithm::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapAlgorithm::svgIconPath() const
{
  return placegap::installed::iconPath();
}

QVariantMap PlaceGapAlgorithm::withProvenance( const QVariantMap &parameters, const QVariantMap &outputs )
{
  mRunParameters = parameters;
  mRunOutputs = outputs;
  return outputs;
}

QVariantMap PlaceGapAlgorithm::postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  placegap::provenance::write( *this, mRunParameters, mRunOutputs, context, feedback );
  return QVariantMap();
}
