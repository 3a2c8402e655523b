/***************************************************************************
  placegapalgorithmattainmentgap.h - placegap:attainmentgap
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMATTAINMENTGAP_H
#define PLACEGAPALGORITHMATTAINMENTGAP_H

#include "placegapdeprivationattainmentalgorithm.h"

#include <vector>

class PlaceGapFeatureWarnings;

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
    struct AreaFields;
    struct Scope;
    struct GroupAreas;
    Reading readAreas( QgsProcessingFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
    //! One feature into its group's areas and tallies, or left out (warned); its published value kept to name far-out ones.
    static void readArea( const QgsFeature &feature, const AreaFields &fields, PlaceGapFeatureWarnings &warnings, Reading &reading, std::vector<double> &published, QStringList &publishedLabels );
    //! The scopes: with groups, all features together first (group NULL), then each group by name.
    static std::vector<Scope> scopesOf( const Reading &reading, bool grouped, GroupAreas &everyArea );
    //! A scope's gap, SII and RII (estimated or from published values only) with their bounds.
    static Result summariseScope( const Scope &scope, int classes, int bootstrapSamples, std::uint64_t seed, bool estimateCensored, QgsProcessingFeedback *feedback );
    //! The fields of the table by deprivation class, and of the summary table.
    static QgsFields classTableFields();
    static QgsFields summaryTableFields();
    /**
     * What a scope's result lacks and how censored values were treated, as notes; sets its method
     * and note. censored: the scope's suppressed or banded values.
     */
    static QStringList explain( Result &result, int censored, int classes, const QString &className, bool estimateCensored );
    QVariantMap writeOutputs( const std::vector<Result> &results, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
    QString inputProblem( const QgsFeatureSource &source, const QVariantMap &parameters, QgsProcessingContext &context ) const override;
};

#endif // PLACEGAPALGORITHMATTAINMENTGAP_H
