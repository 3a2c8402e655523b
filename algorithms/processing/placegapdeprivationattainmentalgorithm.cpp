/***************************************************************************
  placegapdeprivationattainmentalgorithm.cpp - base of the deprivation and attainment family
 ***************************************************************************/
#include "placegapdeprivationattainmentalgorithm.h"

#include "placegapprovider.h"

#include <QIcon>

QString PlaceGapDeprivationAttainmentAlgorithm::group() const
{
  return PlaceGapProvider::groupDeprivationAttainment();
}

QString PlaceGapDeprivationAttainmentAlgorithm::groupId() const
{
  return QStringLiteral( "deprivationattainment" );
}

QString PlaceGapDeprivationAttainmentAlgorithm::helpUrl() const
{
  // README headings are the ids in backticks, whose anchors read "placegap" + name().
  return PlaceGapProvider::documentationUrl( QStringLiteral( "placegap" ) + name() );
}

QIcon PlaceGapDeprivationAttainmentAlgorithm::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapDeprivationAttainmentAlgorithm::svgIconPath() const
{
  return QStringLiteral( ":/placegap/placegap.svg" );
}
