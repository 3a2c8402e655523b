/***************************************************************************
  placegapfaroutwarnings.cpp - warnings naming values far from all the others
 ***************************************************************************/
#include "placegapfaroutwarnings.h"

#include "faroutvalues.h"
#include "placegapfeaturewarnings.h"
#include "placegaptr.h"

#include <QObject>

void placegap::warnFarOutValues( PlaceGapFeatureWarnings &warnings, const std::vector<double> &values, const std::function<QString( std::size_t )> &labelOf, const QString &field, const QString &consequence )
{
  for ( const FarOutValue &far : farOutValues( values ) )
    warnings.warn( PlaceGap::tr( "value far out" ), PlaceGap::tr( "%1: %2 holds %3, %4 robust standard deviations from the median; check it (a typo or a code for a missing value?): %5" ).arg( labelOf( far.index ), field ).arg( values[far.index] ).arg( far.robustZ, 0, 'g', 3 ).arg( consequence ) );
}
