/***************************************************************************
  placegapstylepostprocessor.h - bundled styles applied to outputs as they load
 ***************************************************************************/
#ifndef PLACEGAPSTYLEPOSTPROCESSOR_H
#define PLACEGAPSTYLEPOSTPROCESSOR_H

#include "qgsprocessingcontext.h"

/**
 * Applies a bundled .qml from styles/ to an algorithm's output when QGIS loads it, the way
 * QGIS's own algorithms style their outputs. A categorized or graduated renderer can be
 * pointed at a renamed field (an output field prefix, say).
 */
class PlaceGapStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
  public:
    /**
     * The style file (under styles/) for each geometry type an output may have; an output of a
     * type without a style keeps QGIS's default look.
     */
    struct Styles
    {
        QString polygon;
        QString point;
        QString line;
    };

    /**
     * \param styleFile file name under styles/ for polygon outputs, e.g. "deprivation_quintile.qml"
     * \param classField field the renderer should classify, empty to keep the style's own
     */
    PlaceGapStylePostProcessor( const QString &styleFile, const QString &classField = QString() );

    /**
     * Chooses the style by the geometry type of the loaded layer.
     * \param dataClasses when above 0, a graduated style's classes are recomputed from the loaded
     * data into this many classes, with the style's own classification method and colour ramp
     * (for values whose range depends on the data, such as 2SFCA scores)
     */
    PlaceGapStylePostProcessor( const Styles &styles, const QString &classField = QString(), int dataClasses = 0 );

    void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

    /**
     * Attaches the style to the output destination if QGIS will load it on completion; the
     * context takes ownership of the post-processor.
     */
    static void attach( QgsProcessingContext &context, const QString &destination, const QString &styleFile, const QString &classField = QString() );

    //! As above, with a style for each geometry type.
    static void attach( QgsProcessingContext &context, const QString &destination, const Styles &styles, const QString &classField = QString(), int dataClasses = 0 );

    //! Attaches a raster style (file name under styles/) to a raster output destination.
    static void attachRaster( QgsProcessingContext &context, const QString &destination, const QString &styleFile );

  private:
    Styles mStyles;
    QString mRasterStyle; //!< Style of a raster output, empty for vector outputs.
    QString mClassField;
    int mDataClasses = 0;
};

#endif // PLACEGAPSTYLEPOSTPROCESSOR_H
