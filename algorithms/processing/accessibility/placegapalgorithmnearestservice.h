/***************************************************************************
  placegapalgorithmnearestservice.h - placegap:nearestservice
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMNEARESTSERVICE_H
#define PLACEGAPALGORITHMNEARESTSERVICE_H

#include "placegapnetworkalgorithmbase.h"

/**
 * For each origin, the nearest (or k nearest) service by travel time over the road and
 * ferry network: its id, minutes and km, optionally with the route as a line.
 */
class PlaceGapNearestServiceAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_SERVICE_ID;
    static const QString FIELD_SERVICE_SNAP;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapNearestServiceAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QgsFields outputFields( const QVariantMap &parameters, QgsProcessingContext &context, const Network &network, const QgsFields &originFields ) const;
    //! The route from origin to service as a line in the network CRS: roads as drawn, sailings straight from terminal to terminal.
    static QgsGeometry routeLine( const Network &network, const placegap::TravelTimeEngine &engine, const Site &origin, const Site &service, std::uint32_t destination, const placegap::TravelQuery &routeQuery );
    //! What the searches found, for writing one origin's rows (defined in the .cpp).
    struct Searched;
    //! One origin's rows: one per service reached (as a route line or at the origin), or one with NULL service fields.
    QgsFeatureList rowsOf( const QgsFeature &feature, std::size_t origin, const Searched &searched, const QgsFields &fields, bool routes, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPALGORITHMNEARESTSERVICE_H
