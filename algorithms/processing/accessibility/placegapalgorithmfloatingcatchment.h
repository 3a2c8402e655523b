/***************************************************************************
  placegapalgorithmfloatingcatchment.h - placegap:floatingcatchment
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMFLOATINGCATCHMENT_H
#define PLACEGAPALGORITHMFLOATINGCATCHMENT_H

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
    //! (upper bound minutes, weight) steps, ascending, or empty with the reason.
    static QList<QPair<double, double>> steps( const QString &text, double catchmentMinutes, QString *error );
    QString parameterProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};

#endif // PLACEGAPALGORITHMFLOATINGCATCHMENT_H
