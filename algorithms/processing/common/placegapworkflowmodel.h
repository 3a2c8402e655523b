/***************************************************************************
  placegapworkflowmodel.h - a shipped Processing model, offered as a PlaceGap algorithm
 ***************************************************************************/
#ifndef PLACEGAPWORKFLOWMODEL_H
#define PLACEGAPWORKFLOWMODEL_H

#include "qgsprocessingmodelalgorithm.h"

/**
 * One of the workflow models PlaceGap ships (sample-projects/models/<name>.model3), registered in
 * the placegap provider so the toolbox and placegap_process offer it without the user copying
 * files into their models folder. Its id is the file's name without '_' and extension
 * (council_deprivation_quintiles.model3: placegap:councildeprivationquintiles).
 */
class PlaceGapWorkflowModel : public QgsProcessingModelAlgorithm
{
  public:
    //! Loads the model in \a path; nullptr (with \a error) when it cannot be read.
    static PlaceGapWorkflowModel *fromModelFile( const QString &path, QString *error = nullptr );

    QString name() const override;
    //! "workflows": the models' own group beside the three families.
    QString groupId() const override;
    QString group() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;
    //! The model's description, then each input by its id and label (the runner's words).
    QString shortHelpString() const override;
    QString shortDescription() const override;
    //! The model's heading on the sample data page, docs/sampledata.html#placegap<id>.
    QString helpUrl() const override;

    /**
     * Asks a fresh copy: the registered model is read while the provider loads, before its
     * own algorithms are in the registry, so its steps find their algorithms only in copies.
     */
    bool canExecute( QString *errorMessage = nullptr ) const override;

  protected:
    QgsProcessingAlgorithm *createInstance() const override;

  private:
    QString mId;
};

#endif // PLACEGAPWORKFLOWMODEL_H
