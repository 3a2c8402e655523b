/***************************************************************************
  placegapsourcechecksums.h - shipped source files checked against their SHA-256 manifest
 ***************************************************************************/
#ifndef PLACEGAPSOURCECHECKSUMS_H
#define PLACEGAPSOURCECHECKSUMS_H

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * The SHA-256 of each file a source folder ships, read from a manifest in `sha256sum`'s format
 * (`<64 hex digits>  <relative path>` a line) kept in the folder as SHA256SUMS. PlaceGap ships
 * the publishers' files with such a manifest, so a file that was truncated or altered on the
 * way is refused before anything is built from it. A folder of the user's own downloads has
 * no manifest and is not checked.
 */
class PlaceGapSourceChecksums
{
  public:
    //! The manifest's file name inside a source folder.
    static QString manifestName() { return QStringLiteral( "SHA256SUMS" ); }

    /**
     * Reads the manifest of \a folder. Returns false when there is none; throws
     * QgsProcessingException when it exists but cannot be read or holds a malformed line.
     */
    bool read( const QString &folder );

    /**
     * Checks each file of \a filesByName (file name -> path) against the manifest, by file
     * name; throws QgsProcessingException naming the first file that is not listed or whose
     * content differs (truncated, altered or replaced).
     */
    void verify( const QMap<QString, QString> &filesByName ) const;

    //! The SHA-256 of a file's content in lowercase hex; empty when it cannot be read.
    static QString sha256( const QString &path );

  private:
    QString mManifest;
    QMap<QString, QString> mExpected; //!< File name -> SHA-256 (lowercase hex).
};

#endif // PLACEGAPSOURCECHECKSUMS_H
