/***************************************************************************
  placegapstagedfile.h - an output written under a temporary name and put in place when complete
 ***************************************************************************/
#ifndef PLACEGAPSTAGEDFILE_H
#define PLACEGAPSTAGEDFILE_H

#include <QString>
#include <QStringList>

namespace placegap::files
{
  //! Files SQLite and GDAL keep beside a file while it is open ("-wal", ".aux.xml"...), to remove with it.
  const QStringList &sidecarSuffixes();
} // namespace placegap::files

/**
 * An output file that is written next to its final name ("<name>_partial_<pid>.<ext>")
 * and renamed over it only when complete, so a failure, an exception or cancellation leaves the
 * final file as it was (absent, or the previous complete version) and no partial file behind.
 */
class PlaceGapStagedFile
{
  public:
    explicit PlaceGapStagedFile( const QString &finalPath );
    ~PlaceGapStagedFile();
    PlaceGapStagedFile( const PlaceGapStagedFile & ) = delete;
    PlaceGapStagedFile &operator=( const PlaceGapStagedFile & ) = delete;

    //! Where to write.
    QString stagingPath() const { return mStaging; }
    QString finalPath() const { return mFinal; }

    //! Puts the staged file in place of the final one; false (with the reason) when it cannot.
    bool commit( QString *error );

    /**
     * Why finalPath cannot be written as a file with one of suffixes (lower case, no dot),
     * naming parameter: another extension, or a folder that is missing or read-only; or an
     * empty string. For checking an output before any work.
     */
    static QString problem( const QString &finalPath, const QStringList &suffixes, const QString &parameter );

  private:
    void removeStaged() const;
    QString mFinal;
    QString mStaging;
    bool mCommitted = false;
};

#endif // PLACEGAPSTAGEDFILE_H
