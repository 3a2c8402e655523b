/***************************************************************************
  placegapruralityalgorithm.cpp - base of the rurality family
 ***************************************************************************/
#include "placegapruralityalgorithm.h"

#include "placegapinstalleddata.h"

#include <QIcon>

QString PlaceGapRuralityAlgorithm::familyGroup()
{
  return QObject::tr( "Rurality" );
}

QString PlaceGapRuralityAlgorithm::familyGroupId()
{
  return QStringLiteral( "rurality" );
}

QString PlaceGapRuralityAlgorithm::helpUrl() const
{
  return placegap::installed::algorithmHelpUrl( name() );
}

QIcon PlaceGapRuralityAlgorithm::icon() const
{
  return QIcon( svgIconPath() );
}

QString PlaceGapRuralityAlgorithm::svgIconPath() const
{
  return placegap::installed::iconPath();
}
