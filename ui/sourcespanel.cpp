// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sourcespanel.h"

#include "compose/fallbackkeystore.h"
#include "net/connectionprobe.h"
#include "palette.h"
#include "sourcedialog.h"
#include "sources/sourcestore.h"
#include "wraplabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace ewb {

namespace {
// The verdict's lines are shown only with something to say: empty, each still took a row's
// spacing, and with a larger font the left column made the window taller than a 768-pixel screen.
void say(WrapLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

SourcesPanel::SourcesPanel(SourceStore *store, FallbackKeyStore *keys, HttpClient *client, QWidget *parent)
    : QWidget(parent), m_store(store), m_keys(keys), m_probe(new ConnectionProbe(client, this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_banner = new WrapLabel(this);
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setStyleSheet(warningBannerStyle(palette()));
    m_banner->hide();

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sourcesList"));
    // Two sources tall at the least (it scrolls past that): the left column is what makes the
    // window's minimum height, and with the no-keychain notice above the list's default minimum the
    // window was taller than a 700-pixel screen.
    m_list->setMinimumHeight(2 * m_list->fontMetrics().lineSpacing() + 2 * m_list->frameWidth() + 6);
    m_list->setAccessibleName(tr("Sources"));
    m_list->setAccessibleDescription(tr("Where Send goes: the selected source"));
    // The selection is where Send goes: a click on the list's empty space must not hide it.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_list->selectedItems().isEmpty() && m_list->currentItem())
            m_list->currentItem()->setSelected(true);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const auto source = selectedSource();
        m_edit->setEnabled(source && (!m_sandbox || source->id != m_sandbox->id));
        m_remove->setEnabled(m_edit->isEnabled());
        m_test->setEnabled(source.has_value() && !m_probing);
        clearVerdict(); // a verdict is about the source it tested, not the one selected now
        emit selectionChanged(source ? source->id : QUuid());
        if (source && !m_selecting)
            emit chosen(source->id);
    });

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    auto *add = button(QStringLiteral("addSource"), tr("Add…"), tr("Add a Data Pipelines source"));
    m_edit =
        button(QStringLiteral("editSource"), tr("Edit…"), tr("Change the name, region, key or strict mode"));
    m_remove =
        button(QStringLiteral("removeSource"), tr("Remove"), tr("Forget this source and delete its key"));
    m_test = button(QStringLiteral("testConnection"), tr("Test Connection"),
        tr("Sends a deliberately invalid call in strict mode: a good key gets 400 (nothing is stored), "
           "a bad key 401. (Ctrl+T)"));
    connect(add, &QPushButton::clicked, this, &SourcesPanel::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesPanel::editSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPanel::removeSource);
    connect(m_test, &QPushButton::clicked, this, &SourcesPanel::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this, &SourcesPanel::showVerdict);

    m_verdict = new WrapLabel(this);
    m_verdict->setObjectName(QStringLiteral("probeVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_whatToDo = new WrapLabel(this);
    m_whatToDo->setObjectName(QStringLiteral("probeWhatToDo"));
    m_whatToDo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_test);
    layout->addWidget(m_verdict);
    layout->addWidget(m_whatToDo);
    m_verdict->hide(); // until there is a verdict (see say)
    m_whatToDo->hide();
    refresh();
}

SourcesPanel::~SourcesPanel() = default;

void SourcesPanel::showKeychainUnavailable(const QString &message)
{
    // Short enough for a narrow dock; the core's message (what is missing and how to get one) is
    // the tooltip.
    m_banner->setText(tr("No keychain: keys you enter are kept for this session only."));
    m_banner->setToolTip(tr("%1\n\nKeys you enter now are forgotten when you quit.").arg(message));
    m_banner->show();
}

void SourcesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_banner->setStyleSheet(warningBannerStyle(palette()));
}

void SourcesPanel::setSandboxSource(const std::optional<Source> &sandbox)
{
    m_sandbox = sandbox;
    refresh();
}

std::optional<Source> SourcesPanel::selectedSource() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QUuid id(item->data(Qt::UserRole).toString());
    if (m_sandbox && m_sandbox->id == id)
        return m_sandbox;
    if (const Source *s = m_store->find(id))
        return *s;
    return std::nullopt;
}

bool SourcesPanel::isSandbox(const Source &source) const
{
    return m_sandbox && m_sandbox->id == source.id;
}

void SourcesPanel::select(const QUuid &id)
{
    // Only the user chooses where calls go: a selection made here is never announced as chosen,
    // and when id is gone it falls back to the sandbox, never to a real source.
    const QScopedValueRollback guard(m_selecting, true);
    const auto rowOf = [this](const QUuid &wanted) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (QUuid(m_list->item(i)->data(Qt::UserRole).toString()) == wanted)
                return i;
        }
        return -1;
    };
    int row = id.isNull() ? -1 : rowOf(id);
    if (row < 0 && m_sandbox)
        row = rowOf(m_sandbox->id);
    m_list->setCurrentRow(row);
}

void SourcesPanel::clearVerdict()
{
    say(m_verdict, QString());
    say(m_whatToDo, QString());
    m_verdict->setProperty("verdict", QVariant());
}

void SourcesPanel::refresh()
{
    const auto current = selectedSource();
    m_list->clear();
    const auto addItem = [this](const Source &s, const QString &where) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.name, where), m_list);
        item->setData(Qt::UserRole, s.id.toString());
        item->setToolTip(
            tr("%1\nStrict mode %2").arg(s.baseUrl().toString(), s.strictMode ? tr("on") : tr("off")));
    };
    if (m_sandbox)
        addItem(*m_sandbox, tr("built in"));
    for (const Source &s : m_store->sources()) {
        // A custom URL's host and port say where it goes; the whole URL is in the tooltip.
        const QUrl url = s.baseUrl();
        addItem(s,
            s.region != Region::Custom ? regionTitle(s.region)
                : url.port() < 0       ? url.host()
                                       : QStringLiteral("%1:%2").arg(url.host()).arg(url.port()));
    }
    select(current ? current->id : QUuid());
    if (m_list->count() == 0) {
        m_edit->setEnabled(false);
        m_remove->setEnabled(false);
        m_test->setEnabled(false);
    }
}

void SourcesPanel::saveStore()
{
    const Status saved = m_store->save();
    if (!saved)
        emit message(saved.error().message);
}

void SourcesPanel::addSource()
{
    auto *dialog = new SourceDialog(Source::create(QString(), Region::US), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Source source = dialog->source();
        const Status added = m_store->add(source);
        if (!added) {
            emit message(added.error().message);
            return;
        }
        saveStore();
        m_keys->writeKey(source.id, dialog->key(), this, [this](Status written) {
            if (!written)
                emit message(written.error().message);
        });
        refresh(); // the selection stays where it was: adding a source does not aim Send at it
        emit message(tr("Added “%1”. Select it in Sources to send there.").arg(source.name));
    });
    dialog->open();
}

void SourcesPanel::editSource()
{
    const auto source = selectedSource();
    if (!source || (m_sandbox && source->id == m_sandbox->id))
        return;
    auto *dialog = new SourceDialog(*source, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Source edited = dialog->source();
        const Status updated = m_store->update(edited);
        if (!updated) {
            emit message(updated.error().message);
            return;
        }
        saveStore();
        if (!dialog->key().isEmpty()) {
            m_keys->writeKey(edited.id, dialog->key(), this, [this](Status written) {
                if (!written)
                    emit message(written.error().message);
            });
        }
        refresh();
    });
    dialog->open();
}

void SourcesPanel::removeSource()
{
    const auto source = selectedSource();
    if (!source || (m_sandbox && source->id == m_sandbox->id))
        return;
    m_store->remove(source->id);
    saveStore();
    m_keys->deleteKey(source->id, this, [this](Status deleted) {
        if (!deleted)
            emit message(deleted.error().message);
    });
    refresh();
}

void SourcesPanel::testConnection()
{
    const auto source = selectedSource();
    if (!source || m_probing) // nothing selected, or a test is running
        return;
    say(m_verdict, tr("Testing %1…").arg(source->name));
    setTone(m_verdict, Tone::Normal);
    say(m_whatToDo, QString());
    m_probing = true;
    m_probed = *source;
    m_test->setEnabled(false);
    const QUrl url = source->baseUrl();
    m_keys->readKey(source->id, this, [this, url](Result<QString> key) {
        if (!key) {
            m_probing = false;
            m_test->setEnabled(selectedSource().has_value());
            if (selectedSource() != m_probed)
                return;
            say(m_verdict, tr("No key"));
            setTone(m_verdict, Tone::Error);
            say(m_whatToDo, key.error().message);
            return;
        }
        m_probe->start(url, key.value());
    });
}

void SourcesPanel::showVerdict(const ProbeResult &result)
{
    m_probing = false;
    m_test->setEnabled(selectedSource().has_value());
    // Selected another source or changed this one's URL meanwhile: the verdict is not about it.
    if (selectedSource() != m_probed)
        return;
    say(m_verdict, result.title);
    m_verdict->setProperty("verdict", int(result.verdict));
    setTone(m_verdict, result.success ? Tone::Success : Tone::Error);
    say(m_whatToDo, result.whatToDo);
}

} // namespace ewb
