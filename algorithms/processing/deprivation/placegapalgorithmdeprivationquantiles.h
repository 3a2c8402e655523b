/***************************************************************************
  placegapalgorithmdeprivationquantiles.h - placegap:deprivationquantiles
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMDEPRIVATIONQUANTILES_H
#define PLACEGAPALGORITHMDEPRIVATIONQUANTILES_H

#include "placegapdeprivationattainmentalgorithm.h"

class QgsFeatureSource;

/**
 * Deprivation quintile and decile of each small area, nationally from its rank (SIMD
 * convention) or within groups by count of areas or population (PHS convention).
 */
class PlaceGapDeprivationQuantilesAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! How the classes are cut; the order is the METHOD parameter's public value.
    enum Method
    {
      NationalFromRank = 0,
      GroupAreaCount = 1,
      GroupPopulationWeighted = 2,
    };

    //! Output field names (after FIELD_PREFIX), a public API: never rename.
    static const QString FIELD_QUINTILE;
    static const QString FIELD_DECILE;
    static const QString FIELD_CUMULATIVE_PERCENT;

    //! The number of 2011 data zones SIMD 2020 ranks, the default national rank count.
    static constexpr int SIMD2020_DATA_ZONES = 6976;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapDeprivationQuantilesAlgorithm *createInstance() const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const override;
};

#endif // PLACEGAPALGORITHMDEPRIVATIONQUANTILES_H
