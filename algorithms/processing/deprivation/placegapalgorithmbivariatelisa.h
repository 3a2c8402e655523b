/***************************************************************************
  placegapalgorithmbivariatelisa.h - placegap:bivariatelisa
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMBIVARIATELISA_H
#define PLACEGAPALGORITHMBIVARIATELISA_H

#include "placegapdeprivationattainmentalgorithm.h"

/**
 * Local bivariate Moran's I (LISA) between deprivation at each area and attainment around it,
 * with conditional permutation inference, cluster labels and the global bivariate Moran's I.
 */
class PlaceGapBivariateLisaAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! How neighbours are found; the order is the WEIGHTS parameter's public value.
    enum Weights
    {
      Queen = 0,
      Rook = 1,
      NearestNeighbours = 2,
      DistanceBand = 3,
    };

    //! Output field names, a public API: never rename.
    static const QString FIELD_LOCAL_I;
    static const QString FIELD_Z;
    static const QString FIELD_LAG;
    static const QString FIELD_P;
    static const QString FIELD_CLUSTER;
    static const QString FIELD_CLUSTER_LABEL;
    static const QString FIELD_NEIGHBOURS;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapBivariateLisaAlgorithm *createInstance() const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the ferry parameters cannot be used (one of the two layers, or a field, missing); empty when they can.
    QString ferryInputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const override;

    //! One run: the usable areas, their weights, the statistics and the output (defined in the .cpp).
    class Run;
};

#endif // PLACEGAPALGORITHMBIVARIATELISA_H
