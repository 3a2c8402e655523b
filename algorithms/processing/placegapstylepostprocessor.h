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
     * \param styleFile file name under styles/, e.g. "deprivation_quintile.qml"
     * \param classField field the renderer should classify, empty to keep the style's own
     */
    PlaceGapStylePostProcessor( const QString &styleFile, const QString &classField = QString() );

    void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

    /**
     * Attaches the style to the output destination if QGIS will load it on completion; the
     * context takes ownership of the post-processor.
     */
    static void attach( QgsProcessingContext &context, const QString &destination, const QString &styleFile, const QString &classField = QString() );

  private:
    QString mStyleFile;
    QString mClassField;
};

#endif // PLACEGAPSTYLEPOSTPROCESSOR_H
