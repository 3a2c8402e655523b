/***************************************************************************
  placegapalgorithmfloatingcatchment.h - placegap:floatingcatchment
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMFLOATINGCATCHMENT_H
#define PLACEGAPALGORITHMFLOATINGCATCHMENT_H

#include "floatingcatchment.h"
#include "placegapnetworkalgorithmbase.h"

/**
 * Two-step floating catchment area accessibility (2SFCA) and its enhanced forms with step
 * and Gaussian distance decay, over travel times on the road and ferry network.
 */
class PlaceGapFloatingCatchmentAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    //! The METHOD parameter's public values.
    enum Method
    {
      Classic = 0,
      EnhancedSteps = 1,
      EnhancedGaussian = 2,
    };

    //! Output field names, a public API: never rename.
    static const QString FIELD_ACCESS;
    static const QString FIELD_SUPPLIES_IN_REACH;
    static const QString FIELD_RATIO;
    static const QString FIELD_DEMAND_IN_REACH;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapFloatingCatchmentAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! The catchment and its distance decay (METHOD, CATCHMENT_MINUTES, STEPS).
    placegap::DistanceDecay distanceDecay( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Writes the demand with its accessibility and supplies in reach; false when canceled.
    bool writeDemand( QgsFeatureSink &sink, const QVariantMap &parameters, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &demandSource, const std::vector<Site> &demand, const placegap::FloatingCatchmentResult &result, double scale ) const;
    //! Writes OUTPUT_SUPPLY, each supply with its ratio and the demand in its reach; an empty destination when it was not asked for.
    QString writeSupply( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QgsProcessingFeatureSource &supplySource, const std::vector<Site> &supply, const placegap::FloatingCatchmentResult &result, double scale ) const;
    //! (upper bound minutes, weight) steps, ascending, or empty with the reason.
    static QList<QPair<double, double>> steps( const QString &text, double catchmentMinutes, QString *error );
    QString parameterProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPALGORITHMFLOATINGCATCHMENT_H
