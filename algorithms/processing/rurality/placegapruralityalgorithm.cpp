/***************************************************************************
  placegapruralityalgorithm.cpp - base of the rurality family
 ***************************************************************************/
#include "placegapruralityalgorithm.h"
#include "placegaptr.h"

QString PlaceGapRuralityAlgorithm::familyGroup()
{
  return PlaceGap::tr( "Rurality" );
}

QString PlaceGapRuralityAlgorithm::familyGroupId()
{
  return QStringLiteral( "rurality" );
}
