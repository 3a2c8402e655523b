/***************************************************************************
  placegapattainmentcells.h - attainment as published: a value, or an interval
 ***************************************************************************/
#ifndef PLACEGAPATTAINMENTCELLS_H
#define PLACEGAPATTAINMENTCELLS_H

#include "publishedcell.h"

#include "qgsfeatureid.h"

#include <QString>
#include <QVariantMap>

class QgsFeature;
class QgsFeatureSource;
class QgsFields;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingParameterDefinition;

/**
 * The attainment parameters of the deprivation family and the reading of one feature's
 * attainment: either one field (a number, or text as publishers write it: "85.2", "[c]",
 * "97-100%", "<5", "z"...) or a pair of fields holding the lower and upper end of the interval
 * the value lies in (equal ends for a published value). A suppressed cell lies in
 * [SUPPRESSED_MIN, SUPPRESSED_MAX], which also closes open bands such as "<5".
 */
class PlaceGapAttainmentCells
{
  public:
    static const QString ATTAINMENT_FIELD;
    static const QString ATTAINMENT_LOWER_FIELD;
    static const QString ATTAINMENT_UPPER_FIELD;
    static const QString SUPPRESSED_MIN;
    static const QString SUPPRESSED_MAX;
    static const QString LABEL_FIELD;

    //! The parameters above, their fields taken from the layer parameter parentLayer (the caller adds them).
    static QList<QgsProcessingParameterDefinition *> parameters( const QString &parentLayer, const QString &valueDescription );

    //! Why these parameters cannot be used with fields (of layerName); an empty string when they can.
    static QString problem( const QgsProcessingAlgorithm &algorithm, const QgsFields &fields, const QVariantMap &parameters, QgsProcessingContext &context, const QString &layerName );

    //! Reads the parameters; problem() must have found none.
    PlaceGapAttainmentCells( const QgsProcessingAlgorithm &algorithm, const QgsFields &fields, const QVariantMap &parameters, QgsProcessingContext &context );

    //! The field indexes a feature request needs.
    QList<int> attributeIndexes() const;

    //! What a feature's attainment is known to be. A lower end above the upper one throws, naming the feature.
    placegap::PublishedCell read( const QgsFeature &feature ) const;

    //! Why a cell cannot be used, for a warning: "Feature 12 (Brimmond School): field 'x' holds '97-' ..."; empty for a usable cell.
    QString unusableReason( const QgsFeature &feature, const placegap::PublishedCell &cell ) const;

    //! "Feature 12", or "Feature 12 (Brimmond School)" with LABEL_FIELD.
    QString label( const QgsFeature &feature ) const;

    //! The field or fields read, for messages: "'acel'" or "'acel_lo'/'acel_hi'".
    QString fieldsText() const;

    bool readsInterval() const { return mLowerIndex >= 0; }
    const placegap::CellRange &suppressedRange() const { return mSuppressed; }

  private:
    QString mValueField, mLowerField, mUpperField;
    int mValueIndex = -1, mLowerIndex = -1, mUpperIndex = -1, mLabelIndex = -1;
    placegap::CellRange mSuppressed;
};

#endif // PLACEGAPATTAINMENTCELLS_H
