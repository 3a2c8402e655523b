/***************************************************************************
  placegapsamplesources.h - the published source files the sample data is built from
 ***************************************************************************/
#ifndef PLACEGAPSAMPLESOURCES_H
#define PLACEGAPSAMPLESOURCES_H

#include <QList>
#include <QString>
#include <QStringList>

/**
 * One published source file the sample GeoPackage is built from: where to find it, what it
 * must hold, who publishes it and how it must be attributed. sample-projects/DATA.md
 * documents the same list for people.
 */
struct PlaceGapSampleSource
{
    QString key;          //!< Short id used in messages and the sources table, e.g. "simd_ranks".
    QString fileName;     //!< File name as distributed; found anywhere under the source folder.
    QString layerName;    //!< Layer or sheet inside the file; empty for single-layer files.
    QStringList fields;   //!< Fields the builder reads; each must exist.
    int expectedRows = 0; //!< Exact row count when the release fixes it (0 = not checked).
    QString description;  //!< What it is.
    QString publisher;    //!< Who publishes it.
    QString licence;
    QString attribution; //!< The attribution text the licence asks for.

    //! The catalogue of every source the builder needs.
    static const QList<PlaceGapSampleSource> &all();
    //! The entry with this key (asserts that it exists).
    static const PlaceGapSampleSource &byKey( const QString &key );
};

#endif // PLACEGAPSAMPLESOURCES_H
