/***************************************************************************
  placegapalgorithmattainmentgap.h - placegap:attainmentgap
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMATTAINMENTGAP_H
#define PLACEGAPALGORITHMATTAINMENTGAP_H

#include "placegapdeprivationattainmentalgorithm.h"

#include <vector>

/**
 * The deprivation-related attainment gap of areas or schools classed by deprivation quintile or
 * decile: weighted means by class, gap and ratio between the extremes, SII and RII, with 95 % CIs.
 */
class PlaceGapAttainmentGapAlgorithm : public PlaceGapDeprivationAttainmentAlgorithm
{
  public:
    //! Output field names, a public API: never rename.
    static const QString FIELD_GROUP;
    static const QString FIELD_QUANTILE;
    static const QString FIELD_AREAS;
    static const QString FIELD_WEIGHT;
    static const QString FIELD_MEAN;
    static const QString FIELD_MEAN_LOWER;
    static const QString FIELD_MEAN_UPPER;
    static const QString FIELD_RIDIT;
    static const QString FIELD_CLASSES;
    static const QString FIELD_GAP;
    static const QString FIELD_RATIO;
    static const QString FIELD_SII;
    static const QString FIELD_RII;
    //! Suffixes of the interval bounds of FIELD_GAP, FIELD_RATIO, FIELD_SII and FIELD_RII.
    static const QString SUFFIX_LOWER;
    static const QString SUFFIX_UPPER;
    //! Suppressed and banded values: how many, their weight, and what the statistics can be whatever they are.
    static const QString FIELD_SUPPRESSED;
    static const QString FIELD_BANDED;
    static const QString FIELD_SUPPRESSED_WEIGHT;
    static const QString FIELD_BANDED_WEIGHT;
    static const QString FIELD_MISSING;
    //! Suffixes of the bounds of FIELD_MEAN, FIELD_GAP, FIELD_RATIO, FIELD_SII and FIELD_RII.
    static const QString SUFFIX_MIN;
    static const QString SUFFIX_MAX;
    static const QString FIELD_METHOD;
    static const QString FIELD_NOTE;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapAttainmentGapAlgorithm *createInstance() const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    struct Reading;
    struct Result;
    Reading readAreas( QgsProcessingFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
    /**
     * What a scope's result lacks and how censored values were treated, as notes; sets its method
     * and note. censored: the scope's suppressed or banded values.
     */
    static QStringList explain( Result &result, int censored, int classes, const QString &className, bool estimateCensored );
    QVariantMap writeOutputs( const std::vector<Result> &results, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
    QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const override;
};

#endif // PLACEGAPALGORITHMATTAINMENTGAP_H
