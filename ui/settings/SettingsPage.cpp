#include "SettingsPage.h"

#include "Bidi.h"
#include "UiSession.h"
#include "settings/BackupPanel.h"
#include "settings/PolicyEditor.h"
#include "settings/RetentionPanel.h"
#include "storage/DatabaseUrl.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

QLabel* errorLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel* noteLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void showError(QLabel* label, const Status& status)
{
    label->setText(status.errorMessage());
    label->setVisible(!status.ok());
}

} // namespace

SettingsPage::SettingsPage(UiSession& session, QWidget* parent)
    : Page(session, parent)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildDesktopGroup());
    m_policy = new PolicyEditor(session, content);
    contentLayout->addWidget(m_policy);
    m_backups = new BackupPanel(session, content);
    contentLayout->addWidget(m_backups);
    contentLayout->addWidget(new RetentionPanel(session, content));
    contentLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(this);
    // Our own buttons with our own texts: standard ones get their default
    // text back from the button box on every language change.
    m_revert = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_apply = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    m_applyAction = new QAction(this);
    m_applyAction->setObjectName(QStringLiteral("applySettingsAction"));
    m_applyAction->setShortcut(QKeySequence::Save);
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_applyAction);

    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_applyAction, &QAction::triggered, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_policy, &PolicyEditor::changed, this, &SettingsPage::updateButtons);
    connect(m_policy, &PolicyEditor::loaded, this, &SettingsPage::updateButtons);
    connect(m_policy, &PolicyEditor::saved, this, &SettingsPage::onPolicySaved);
    connect(m_backups, &BackupPanel::restartRequested, this, &SettingsPage::restartRequested);

    retranslate();
    reload();
}

QWidget* SettingsPage::buildDesktopGroup()
{
    m_desktopGroup = new QGroupBox(this);
    m_desktopGroup->setObjectName(QStringLiteral("desktopSettings"));

    m_databaseLabel = new QLabel(m_desktopGroup);
    m_database = new QLineEdit(m_desktopGroup);
    m_database->setObjectName(QStringLiteral("databaseUrl"));
    m_database->setClearButtonEnabled(true);
    m_database->setLayoutDirection(Qt::LeftToRight);
    m_databaseLabel->setBuddy(m_database);
    m_browse = new QPushButton(m_desktopGroup);
    m_browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);
    m_databaseError = errorLabel("databaseUrlError", m_desktopGroup);
    m_databaseNote = noteLabel("databaseNote", m_desktopGroup);

    m_alertLabel = new QLabel(m_desktopGroup);
    m_alertServer = new QLineEdit(m_desktopGroup);
    m_alertServer->setObjectName(QStringLiteral("alertServerUrl"));
    m_alertServer->setClearButtonEnabled(true);
    m_alertServer->setLayoutDirection(Qt::LeftToRight);
    m_alertLabel->setBuddy(m_alertServer);
    m_alertError = errorLabel("alertServerUrlError", m_desktopGroup);

    m_lockLabel = new QLabel(m_desktopGroup);
    m_lockTimeout = new QSpinBox(m_desktopGroup);
    m_lockTimeout->setObjectName(QStringLiteral("lockTimeout"));
    m_lockTimeout->setRange(0, AppSettings::kMaxLockTimeoutMinutes);
    m_lockTimeout->setMinimumWidth(m_lockTimeout->fontMetrics().averageCharWidth() * 12);
    m_lockLabel->setBuddy(m_lockTimeout);

    m_languageLabel = new QLabel(m_desktopGroup);
    m_language = new QComboBox(m_desktopGroup);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    // Each language by its own name, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_languageLabel->setBuddy(m_language);
    m_digitsLabel = new QLabel(m_desktopGroup);
    m_digits = new QComboBox(m_desktopGroup);
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->addItem(QString(), Translations::digitStyleName(DigitStyle::Latin));
    m_digits->addItem(QString(), Translations::digitStyleName(DigitStyle::ArabicIndic));
    m_digitsLabel->setBuddy(m_digits);
    m_themeNote = noteLabel("themeNote", m_desktopGroup);

    // Messages sit under their field and take no room while hidden.
    auto* databaseField = new QVBoxLayout;
    databaseField->addLayout(databaseRow);
    databaseField->addWidget(m_databaseError);
    databaseField->addWidget(m_databaseNote);
    auto* alertField = new QVBoxLayout;
    alertField->addWidget(m_alertServer);
    alertField->addWidget(m_alertError);
    auto* lockField = new QHBoxLayout;
    lockField->addWidget(m_lockTimeout);
    lockField->addStretch();
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    auto* languageField = new QVBoxLayout;
    languageField->addLayout(languageRow);
    languageField->addWidget(m_themeNote);
    auto* digitsRow = new QHBoxLayout;
    digitsRow->addWidget(m_digits);
    digitsRow->addStretch();

    auto* form = new QFormLayout(m_desktopGroup);
    form->addRow(m_databaseLabel, databaseField);
    form->addRow(m_alertLabel, alertField);
    form->addRow(m_lockLabel, lockField);
    form->addRow(m_languageLabel, languageField);
    form->addRow(m_digitsLabel, digitsRow);

    connect(m_database, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_alertServer, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_lockTimeout, &QSpinBox::valueChanged, this, &SettingsPage::updateButtons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::updateButtons);
    connect(m_digits, &QComboBox::currentIndexChanged, this, &SettingsPage::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseDatabase);
    return m_desktopGroup;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"),
                            style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

void SettingsPage::activated()
{
    m_backups->refresh();
    if (!hasChanges())
        reload();
}

void SettingsPage::reload()
{
    m_stored = AppSettings::load();
    showAppSettings(m_stored);
    m_policy->load();
    setStatus(QString(), false);
}

void SettingsPage::showAppSettings(const AppSettings& settings)
{
    m_database->setText(settings.databaseUrl);
    m_alertServer->setText(settings.alertServerUrl);
    m_lockTimeout->setValue(settings.lockTimeoutMinutes);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_digits->setCurrentIndex(qMax(0, m_digits->findData(Translations::digitStyleName(settings.digits))));
    validate();
}

AppSettings SettingsPage::shownAppSettings() const
{
    AppSettings settings;
    settings.databaseUrl = m_database->text().trimmed();
    settings.alertServerUrl = m_alertServer->text().trimmed();
    settings.lockTimeoutMinutes = m_lockTimeout->value();
    settings.language = m_language->currentData().toString();
    settings.digits = Translations::digitStyleFromName(m_digits->currentData().toString());
    return settings;
}

bool SettingsPage::hasChanges() const
{
    return !(shownAppSettings() == m_stored) || m_policy->hasChanges();
}

void SettingsPage::validate()
{
    const AppSettings shown = shownAppSettings();
    showError(m_databaseError, AppSettings::validateDatabaseUrl(shown.databaseUrl));
    showError(m_alertError, AppSettings::validateAlertServerUrl(shown.alertServerUrl));
    retranslate();
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const bool valid = shownAppSettings().validate().ok();
    const bool changes = hasChanges();
    m_apply->setEnabled(valid && changes && !m_saving && !m_policy->isBusy());
    m_revert->setEnabled(changes && !m_saving);
}

void SettingsPage::apply()
{
    if (m_saving)
        return;
    const AppSettings shown = shownAppSettings();
    if (auto valid = shown.validate(); !valid) {
        setStatus(tr("Nothing was saved: %1").arg(valid.errorMessage()), true);
        return;
    }
    if (!(shown == m_stored)) {
        if (auto saved = shown.save(); !saved) {
            setStatus(saved.errorMessage(), true);
            return;
        }
        m_stored = shown;
        Q_EMIT appSettingsChanged(m_stored);
    }
    if (m_policy->hasChanges()) {
        m_saving = true;
        setStatus(tr("Saving the security policy…"), false);
        updateButtons();
        m_policy->save();
        return;
    }
    setStatus(tr("Settings saved."), false);
    updateButtons();
}

void SettingsPage::onPolicySaved(bool ok, const QString& error)
{
    m_saving = false;
    if (ok)
        setStatus(tr("Settings saved. The security policy applies when each program next starts."), false);
    else
        setStatus(tr("The security policy was not saved: %1").arg(error), true);
    updateButtons();
    Q_EMIT policySaved(ok);
}

void SettingsPage::revert()
{
    showAppSettings(m_stored);
    m_policy->revert();
    setStatus(QString(), false);
    updateButtons();
}

void SettingsPage::browseDatabase()
{
    const auto current = DatabaseUrl::parse(m_database->text());
    const QString start = current && current->engine == DatabaseUrl::Engine::Sqlite
                              ? current->sqlitePath
                              : DatabaseUrl::defaultSqlitePath();
    const QString file = QFileDialog::getSaveFileName(this, tr("Choose the database file"), start,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_database->setText(QFileInfo(file).absoluteFilePath());
}

void SettingsPage::setStatus(const QString& text, bool error)
{
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_status->setPalette(palette);
    m_status->setText(text);
}

void SettingsPage::retranslate()
{
    m_desktopGroup->setTitle(tr("This computer"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("Built-in: %1").arg(leftToRight(DatabaseUrl::defaultSqlitePath())));
    m_database->setToolTip(
        tr("An SQLite file, or postgresql://user@host:5432/nova to share one database with "
           "other desktops and nova-service. Empty: the built-in file."));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose an SQLite database file"));
    QString note = tr("Takes effect when Nova Admin restarts.");
    if (AppSettings::databaseUrlHasPassword(m_database->text()))
        note = tr("The password in this URL would be stored in the settings file in plain text; prefer a "
                  "~/.pgpass entry. Takes effect when Nova Admin restarts.");
    m_databaseNote->setText(note);
    m_alertLabel->setText(tr("&Alert server:"));
    m_alertServer->setPlaceholderText(tr("Built-in: this computer's own alert feed"));
    m_alertServer->setToolTip(tr("The nova-service WebSocket address for live alerts, e.g. "
                                 "wss://alerts.example.com:8443. Empty: alerts from this database only."));
    m_lockLabel->setText(tr("&Lock after idle:"));
    m_lockTimeout->setSpecialValueText(tr("Never"));
    m_lockTimeout->setSuffix(tr(" min"));
    m_lockTimeout->setToolTip(tr("Lock Nova Admin after this many minutes without keyboard or mouse input. "
                                 "0: never."));
    m_languageLabel->setText(tr("La&nguage:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setToolTip(tr("The language of Nova Admin's windows."));
    m_digitsLabel->setText(tr("&Digits in Arabic:"));
    //: The digits are shown as themselves: keep "0123" and "٠١٢٣" as they are.
    m_digits->setItemText(0, tr("Latin (0123)"));
    m_digits->setItemText(1, tr("Arabic-Indic (٠١٢٣)"));
    m_digits->setToolTip(tr("How numbers, dates and times are written when Nova Admin is in Arabic. "
                            "IP addresses and codes always keep Latin digits."));
    m_themeNote->setText(tr("Colours follow the system's light or dark theme."));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Show the saved values again"));
    m_applyAction->setText(tr("Apply settings"));
}

} // namespace nova::ui
