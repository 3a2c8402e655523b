/***************************************************************************
  placegapattributes.cpp - reading numbers and join codes from attributes
 ***************************************************************************/
#include "placegapattributes.h"

#include "placegapcompat.h"
#include "placegaptr.h"

#include "qgsfields.h"

#include <QObject>

#include <cmath>

namespace placegap::attributes
{
  Number readNumber( const QVariant &value )
  {
    Number result;
    if ( placegap::compat::isNull( value ) )
      return result;
    bool ok = false;
    double number = 0;
    if ( value.userType() == QMetaType::QString || value.userType() == QMetaType::QByteArray )
    {
      const QString text = value.toString().trimmed();
      if ( text.isEmpty() )
        return result;
      number = text.toDouble( &ok ); // QString::toDouble always uses the C locale
    }
    else
    {
      number = value.toDouble( &ok );
    }
    if ( !ok || !std::isfinite( number ) )
    {
      result.status = NumberStatus::NotNumber;
      if ( ok && std::isnan( number ) )
        result.problem = PlaceGap::tr( "NaN (not a number)" );
      else if ( ok )
        result.problem = number > 0 ? PlaceGap::tr( "infinite" ) : PlaceGap::tr( "minus infinity" );
      else
        result.problem = PlaceGap::tr( "'%1', not a number" ).arg( value.toString().trimmed() );
      return result;
    }
    result.status = NumberStatus::Number;
    result.value = number;
    return result;
  }

  QString countProblem( const Number &number )
  {
    if ( number.status != NumberStatus::Number )
      return number.problem;
    return number.value < 0 ? PlaceGap::tr( "negative (%1)" ).arg( number.value ) : QString();
  }

  QString codeKey( const QVariant &value )
  {
    if ( placegap::compat::isNull( value ) )
      return QString();
    if ( value.userType() == QMetaType::Double || value.userType() == QMetaType::Float )
    {
      const double number = value.toDouble();
      if ( std::isfinite( number ) && number == std::floor( number ) && std::fabs( number ) < 1e15 )
        return QString::number( static_cast<long long>( number ) );
    }
    return value.toString().trimmed();
  }

  QString featureLabel( QgsFeatureId id )
  {
    return PlaceGap::tr( "Feature %1" ).arg( id );
  }

  QString listSome( const QStringList &items, int shown )
  {
    if ( items.size() <= shown )
      return items.join( QLatin1String( ", " ) );
    return PlaceGap::tr( "%1 and %n more", nullptr, items.size() - shown ).arg( items.mid( 0, shown ).join( QLatin1String( ", " ) ) );
  }

  QString missingField( const QgsFields &fields, const QString &field, const QString &parameterName, const QString &layerName )
  {
    if ( fields.lookupField( field ) < 0 )
      return PlaceGap::tr( "The %1 layer has no field '%2', chosen as %3." ).arg( layerName, field, parameterName );
    return QString();
  }

  QString clashingOutputField( const QgsFields &fields, const QStringList &outputNames, const QString &layerName )
  {
    for ( const QString &name : outputNames )
    {
      if ( fields.lookupField( name ) >= 0 )
        return PlaceGap::tr( "The %1 layer already has a field '%2', which the output adds; rename or drop it first." ).arg( layerName, name );
    }
    return QString();
  }
} // namespace placegap::attributes
