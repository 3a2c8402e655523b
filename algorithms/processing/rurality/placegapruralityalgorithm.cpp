/***************************************************************************
  placegapruralityalgorithm.cpp - base of the rurality family
 ***************************************************************************/
#include "placegapruralityalgorithm.h"

QString PlaceGapRuralityAlgorithm::familyGroup()
{
  return QObject::tr( "Rurality" );
}

QString PlaceGapRuralityAlgorithm::familyGroupId()
{
  return QStringLiteral( "rurality" );
}
