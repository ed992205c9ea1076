// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace ewb;

// The collections tree model on its own: structure, edits, dirty marks, drag data, under
// QAbstractItemModelTester (which checks every signal and index the model gives out).
class TestCollectionTreeModel final : public QObject
{
    Q_OBJECT

private:
    static LoadedCollection sample()
    {
        LoadedCollection loaded;
        loaded.collection = Collection::create(QStringLiteral("Onboarding"));
        SavedRequest identify;
        identify.name = QStringLiteral("Identify");
        identify.type = CallType::Identify;
        CollectionItem first = CollectionItem::makeRequest(identify);
        first.fileName = QStringLiteral("identify.json");
        CollectionItem folder = CollectionItem::makeFolder(FolderInfo {QStringLiteral("Day 1"), {}, {}});
        folder.fileName = QStringLiteral("day-1");
        SavedRequest track;
        track.name = QStringLiteral("Signed up");
        CollectionItem inner = CollectionItem::makeRequest(track);
        inner.fileName = QStringLiteral("signed-up.json");
        folder.children.push_back(inner);
        loaded.collection.items = {first, folder};
        loaded.problems.append(
            CollectionProblem {QStringLiteral("bad.json"), 3, 7, QStringLiteral("expected ','")});
        return loaded;
    }

private slots:
    void structureAndRoles()
    {
        CollectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCollection(QStringLiteral("/tmp/onboarding"), sample());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Onboarding"));
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex folder = model.index(1, 0, root);
        QCOMPARE(model.kind(folder), CollectionTreeModel::NodeKind::Folder);
        const QModelIndex inner = model.index(0, 0, folder);
        QCOMPARE(inner.data().toString(), QStringLiteral("Signed up"));
        QCOMPARE(inner.data(CollectionTreeModel::RelativePathRole).toString(),
            QStringLiteral("day-1/signed-up.json"));
        QCOMPARE(model.findRelativePath(0, QStringLiteral("day-1/signed-up.json")), inner);
        QCOMPARE(model.pathOf(inner), (CollectionTreeModel::Path {0, 1, 0}));
        QCOMPARE(model.indexAt({0, 1, 0}), inner);
        QCOMPARE(root.data(CollectionTreeModel::ProblemsRole).toStringList(),
            QStringList {QStringLiteral("bad.json:3:7: expected ','")});
        QCOMPARE(model.collection(0).requestCount(), 2);
    }

    void editsMarkDirtyAndRoundTrip()
    {
        CollectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCollection(QStringLiteral("/tmp/onboarding"), sample());
        QSignalSpy dirty(&model, &CollectionTreeModel::dirtyChanged);
        const QModelIndex root = model.index(0, 0);
        const CollectionItem taken = model.takeItem(model.index(1, 0, root));
        QCOMPARE(taken.children.size(), size_t(1));
        QCOMPARE(model.rowCount(root), 1);
        QVERIFY(model.isDirty(0));
        QCOMPARE(dirty.count(), 1);
        QVERIFY(root.data().toString().endsWith(QStringLiteral(" *")));
        model.insertItem(root, 0, taken);
        QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("Day 1"));
        // A sibling with the same file name: the newcomer gets a new one when saved.
        const QModelIndex copy = model.insertItem(root, -1, taken);
        QVERIFY(model.item(copy).fileName.isEmpty());
        QVERIFY(model.setItemName(copy, QStringLiteral("Day 2")));
        QCOMPARE(copy.data().toString(), QStringLiteral("Day 2"));
        model.markSaved(0, model.collection(0));
        QVERIFY(!model.isDirty(0));
    }

    void renameAndDropAreRequests()
    {
        CollectionTreeModel model;
        model.addCollection(QStringLiteral("/tmp/onboarding"), sample());
        const QModelIndex root = model.index(0, 0);
        QSignalSpy rename(&model, &CollectionTreeModel::renameRequested);
        QVERIFY(model.setData(model.index(0, 0, root), QStringLiteral("Identify a person")));
        QCOMPARE(rename.count(), 1);
        QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("Identify")); // not applied here

        QSignalSpy move(&model, &CollectionTreeModel::moveRequested);
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0, root)}));
        const QModelIndex folder = model.index(1, 0, root);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, folder));
        QVERIFY(
            !model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model.index(0, 0, root))); // a request
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, folder));
        QCOMPARE(move.count(), 1);
        QCOMPARE(move.first().at(0).value<QList<CollectionTreeModel::Path>>(),
            (QList<CollectionTreeModel::Path> {{0, 0}}));
        // A folder cannot be dropped into itself.
        std::unique_ptr<QMimeData> folderData(model.mimeData({folder}));
        QVERIFY(!model.canDropMimeData(folderData.get(), Qt::MoveAction, -1, 0, folder));
    }

    void replaceFromDisk()
    {
        CollectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCollection(QStringLiteral("/tmp/onboarding"), sample());
        model.setDirty(0, true);
        LoadedCollection changed = sample();
        changed.collection.items.pop_back();
        changed.problems.clear();
        model.replaceCollection(0, changed);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QVERIFY(!model.isDirty(0));
        QVERIFY(model.problems(0).isEmpty());
        model.removeCollection(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCollectionTreeModel)
#include "tst_collectiontreemodel.moc"
