<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ropa_desktop/gui/about.py" line="19"/>
        <source>&lt;h3&gt;ROPA Desktop %1&lt;/h3&gt;&lt;p&gt;The record of processing activities (Art. 30 GDPR) and the privacy statement (Art. 13/14), kept in one place.&lt;/p&gt;&lt;p&gt;Reference data (adequacy decisions) as of %2.&lt;br&gt;Register schema %3.&lt;/p&gt;&lt;p&gt;Register: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ROPA Desktop %1&lt;/h3&gt;&lt;p&gt;Het register van verwerkingsactiviteiten (art. 30 AVG) en de privacyverklaring (art. 13/14 AVG), op één plek bijgehouden.&lt;/p&gt;&lt;p&gt;Referentiegegevens (adequaatheidsbesluiten): stand per %2.&lt;br&gt;Registerschema %3.&lt;/p&gt;&lt;p&gt;Register: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/about.py" line="42"/>
        <source>About ROPA Desktop</source>
        <translation>Over ROPA Desktop</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ropa_desktop/gui/app.py" line="155"/>
        <source>Cannot open the register</source>
        <translation>Register kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="22"/>
        <source>Submit for review</source>
        <translation>Ter beoordeling voorleggen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="23"/>
        <source>Submit “%1” for review</source>
        <translation>“%1” ter beoordeling voorleggen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="25"/>
        <source>Approve</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="25"/>
        <source>Approve “%1”</source>
        <translation>“%1” vaststellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="26"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="26"/>
        <source>Withdraw “%1”</source>
        <translation>“%1” intrekken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="29"/>
        <source>Back to concept</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="30"/>
        <source>Put “%1” back to concept</source>
        <translation>“%1” terug naar concept</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="36"/>
        <source>Any approval</source>
        <translation>Alle stadia</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="37"/>
        <location filename="../../ropa_desktop/gui/approval_texts.py" line="17"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="38"/>
        <location filename="../../ropa_desktop/gui/approval_texts.py" line="18"/>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="39"/>
        <location filename="../../ropa_desktop/gui/approval_texts.py" line="19"/>
        <source>Established</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="40"/>
        <location filename="../../ropa_desktop/gui/approval_texts.py" line="22"/>
        <source>Changed since established</source>
        <translation>Gewijzigd na vaststelling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="41"/>
        <location filename="../../ropa_desktop/gui/approval_texts.py" line="20"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="60"/>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="70"/>
        <source>Approval</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="71"/>
        <source>Submit the selected activity for review, approve or withdraw it</source>
        <translation>Leg de gekozen verwerking ter beoordeling voor, stel haar vast of trek haar in</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="80"/>
        <source>Show only activities with this approval</source>
        <translation>Toon alleen verwerkingen in dit stadium van vaststelling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/approval_actions.py" line="114"/>
        <source>Approval not changed</source>
        <translation>Vaststelling niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>AsOfView</name>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="110"/>
        <source>The register as it was</source>
        <translation>Het register zoals het was</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="114"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="140"/>
        <source>Show the register as it was on:</source>
        <translation>Het register tonen zoals het was op:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="160"/>
        <source>Rebuilding the register as it was…</source>
        <translation>Het register wordt opgebouwd zoals het was…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="171"/>
        <source>The register as it was on %1 — read-only</source>
        <translation>Het register zoals het was op %1 — alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="203"/>
        <source>Not shown</source>
        <translation>Niet getoond</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/as_of_view.py" line="204"/>
        <source>The register could not be rebuilt: %1</source>
        <translation>Het register kon niet worden opgebouwd: %1</translation>
    </message>
</context>
<context>
    <name>ChangedUnderneath</name>
    <message>
        <location filename="../../ropa_desktop/gui/changed_underneath.py" line="48"/>
        <source>%1 changed “%2” while you were editing it. Your edits are kept here; when you save, you choose per field what to keep.</source>
        <translation>%1 heeft “%2” gewijzigd terwijl u het bewerkte. Uw wijzigingen blijven hier staan; bij opslaan kiest u per veld wat u bewaart.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/changed_underneath.py" line="56"/>
        <source>Someone else changed “%1” while you were editing it. Your edits are kept here; when you save, you choose per field what to keep.</source>
        <translation>Iemand anders heeft “%1” gewijzigd terwijl u het bewerkte. Uw wijzigingen blijven hier staan; bij opslaan kiest u per veld wat u bewaart.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="34"/>
        <location filename="../../ropa_desktop/gui/first_look.py" line="57"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="46"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="71"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="72"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="73"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="76"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="86"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="91"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="92"/>
        <source>Legal bases</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="96"/>
        <source>Approval</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="99"/>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="104"/>
        <location filename="../../ropa_desktop/gui/columns.py" line="116"/>
        <location filename="../../ropa_desktop/gui/columns.py" line="147"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="110"/>
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="118"/>
        <location filename="../../ropa_desktop/gui/columns.py" line="127"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="120"/>
        <source>Agreement signed</source>
        <translation>Overeenkomst ondertekend</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="125"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="131"/>
        <source>Transfer tool</source>
        <translation>Doorgifte-instrument</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="140"/>
        <source>Placed by</source>
        <translation>Geplaatst door</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="141"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/columns.py" line="142"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="85"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="152"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="153"/>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="234"/>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="154"/>
        <source>What Merge keeps of this field</source>
        <translation>Wat Samenvoegen van dit veld bewaart</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="158"/>
        <source>Edited below</source>
        <translation>Hieronder bewerkt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="160"/>
        <source>Type the text to keep, made of both; Merge saves it</source>
        <translation>Typ de tekst die blijft, gemaakt uit beide; Samenvoegen slaat die op</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="163"/>
        <source>Made of both:</source>
        <translation>Uit beide:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="208"/>
        <source>Saved by someone else meanwhile</source>
        <translation>Intussen door iemand anders opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="212"/>
        <source>Someone else saved %1 “%2” while you were editing it, and changed the same fields. Nothing of yours is saved yet. Choose what to keep:</source>
        <translation>Iemand anders heeft %1 “%2” opgeslagen terwijl u het bewerkte, en dezelfde velden gewijzigd. Van uw wijzigingen is nog niets opgeslagen. Kies wat u wilt bewaren:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="233"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="235"/>
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="236"/>
        <source>Merge keeps</source>
        <translation>Bij samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="260"/>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="262"/>
        <source>Save your values over theirs for these fields; the change log keeps both</source>
        <translation>Uw waarden voor deze velden opslaan in plaats van die van de ander; het wijzigingslogboek bewaart beide</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="266"/>
        <source>Take theirs</source>
        <translation>Die van de ander nemen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="268"/>
        <source>Keep their values for these fields and save your other changes</source>
        <translation>Voor deze velden de waarden van de ander houden en uw andere wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="272"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="274"/>
        <source>Save, for each field, what the column “Merge keeps” says</source>
        <translation>Per veld opslaan wat in de kolom “Bij samenvoegen” staat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/conflict_dialog.py" line="277"/>
        <source>Save nothing; your changes stay in the form</source>
        <translation>Niets opslaan; uw wijzigingen blijven in het formulier staan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="49"/>
        <source>ROPA Desktop ran into a problem</source>
        <translation>ROPA Desktop liep tegen een probleem aan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="51"/>
        <source>Something went wrong in ROPA Desktop; the register is as it was when you last saved.</source>
        <translation>Er ging iets mis in ROPA Desktop; het register is zoals het was toen u het laatst opsloeg.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="58"/>
        <source>To report it, copy the details and send them with a few words on what you were doing.</source>
        <translation>Wilt u dit melden, kopieer dan de details en stuur ze mee met een paar woorden over wat u aan het doen was.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="73"/>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="94"/>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="78"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/crash_dialog.py" line="94"/>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="35"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="36"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="37"/>
        <source>Save them before you go on?</source>
        <translation>Wijzigingen opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="38"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="39"/>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="40"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="70"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="73"/>
        <source>Publish anyway?</source>
        <translation>Toch publiceren?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="74"/>
        <source>The checks find errors in the register. Publish the statement anyway?</source>
        <translation>De controles vinden fouten in het register. De privacyverklaring toch publiceren?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="89"/>
        <source>ROPA registers (*.ropa);;All files (*)</source>
        <translation>ROPA-registers (*.ropa);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="94"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="117"/>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="55"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="183"/>
        <source>Save a copy of the register</source>
        <translation>Een kopie van het register opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="36"/>
        <source>New transfer outside the EEA</source>
        <translation>Nieuwe doorgifte buiten de EER</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="44"/>
        <source>Countries of the EEA are not listed: data going there are not transferred.</source>
        <translation>Landen van de EER staan er niet bij: gegevens die daarheen gaan, worden niet doorgegeven.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="49"/>
        <source>Type to find a recipient…</source>
        <translation>Typ om een ontvanger te zoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="51"/>
        <source>— no recipient named —</source>
        <translation>— geen ontvanger genoemd —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="71"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="72"/>
        <source>Transfer tool</source>
        <translation>Doorgifte-instrument</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/destination_fields.py" line="106"/>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="117"/>
        <source>— choose a transfer tool —</source>
        <translation>— kies een doorgifte-instrument —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/destination_fields.py" line="108"/>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="119"/>
        <source>— choose the country first —</source>
        <translation>— kies eerst het land —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/destination_fields.py" line="134"/>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="127"/>
        <source>No transfer tool yet (not allowed without one)</source>
        <translation>Nog geen doorgifte-instrument (zonder is de doorgifte niet toegestaan)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="154"/>
        <source>%1 is in the EEA: data going there are not transferred.</source>
        <translation>%1 ligt in de EER: gegevens die daarheen gaan, worden niet doorgegeven.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="158"/>
        <source>No country outside the EEA is called “%1”.</source>
        <translation>Geen land buiten de EER heet “%1”.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="159"/>
        <source>Choose the country the data go to.</source>
        <translation>Kies het land waar de gegevens heen gaan.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="161"/>
        <source>Choose the transfer tool that allows this transfer.</source>
        <translation>Kies het doorgifte-instrument waarop deze doorgifte berust.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_transfer_dialog.py" line="170"/>
        <source>The decision for %1 covers only some recipients: mark the recipient as covered in its details.</source>
        <translation>Het besluit voor %1 geldt maar voor een deel van de ontvangers: geef bij de ontvanger aan dat het besluit voor hem geldt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="152"/>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="154"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="160"/>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Kolomkoppelingen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="165"/>
        <source>Load column mapping</source>
        <translation>Kolomkoppeling laden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/dialogs.py" line="172"/>
        <source>Save column mapping</source>
        <translation>Kolomkoppeling opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/country_choice.py" line="19"/>
        <source>Type to find a country…</source>
        <translation>Typ om een land te zoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="32"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="42"/>
        <source>— choose the kind —</source>
        <translation>— kies de soort —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="96"/>
        <source>Type the recipient&apos;s name.</source>
        <translation>Typ de naam van de ontvanger.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="98"/>
        <source>Choose what kind of recipient this is.</source>
        <translation>Kies wat voor ontvanger dit is.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="57"/>
        <source>Who keeps this register? You can fill in the rest of the organisation later, on its page.</source>
        <translation>Wie houdt dit register bij? De rest van de organisatie vult u later in, op haar eigen pagina.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="66"/>
        <source>e.g. Example Foundation</source>
        <translation>bijv. Stichting Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="79"/>
        <source>e.g. privacy@example.org</source>
        <translation>bijv. privacy@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="88"/>
        <source>Legal name of the organisation</source>
        <translation>Statutaire naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="90"/>
        <source>Country of its main establishment</source>
        <translation>Land van de hoofdvestiging</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="92"/>
        <source>Languages of the public texts</source>
        <translation>Talen van de openbare teksten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="94"/>
        <source>E-mail address of the privacy contact</source>
        <translation>E-mailadres van de privacycontactpersoon</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="123"/>
        <source>The register needs the organisation&apos;s legal name: it names the controller in the register and in the privacy statement.</source>
        <translation>Het register heeft de statutaire naam van de organisatie nodig: die noemt de verwerkingsverantwoordelijke in het register en in de privacyverklaring.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="132"/>
        <source>Choose a country: it decides the supervisory authority the statement names.</source>
        <translation>Kies een land: dat bepaalt welke toezichthoudende autoriteit de verklaring noemt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/new_register_dialog.py" line="137"/>
        <source>“%1” is not an e-mail address. Leave it empty to fill in the contact later.</source>
        <translation>“%1” is geen e-mailadres. Laat het leeg om het contact later in te vullen.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="42"/>
        <source>Compare versions of the register</source>
        <translation>Versies van het register vergelijken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="51"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="61"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="62"/>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="85"/>
        <source>Comparing…</source>
        <translation>Bezig met vergelijken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="88"/>
        <source>Comparing versions of the register…</source>
        <translation>Versies van het register worden vergeleken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="100"/>
        <source>%1 more changed items are not shown here; “ropa diff” on the command line lists them all.</source>
        <translation>Nog %1 gewijzigde onderdelen worden hier niet getoond; “ropa diff” op de opdrachtregel toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="112"/>
        <source>Not compared</source>
        <translation>Niet vergeleken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/diff_view.py" line="113"/>
        <source>The versions could not be compared: %1</source>
        <translation>De versies konden niet worden vergeleken: %1</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ropa_desktop/gui/form_context.py" line="44"/>
        <source>New entry</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/form_context.py" line="45"/>
        <source>Name of the new %1:</source>
        <translation>Naam van de nieuwe %1:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/form_context.py" line="53"/>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="227"/>
        <source>Add %1 “%2”</source>
        <translation>%1 “%2” toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/form_context.py" line="60"/>
        <source>Not added</source>
        <translation>Niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="73"/>
        <source>Public texts in:</source>
        <translation>Openbare teksten in:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="84"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="85"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="87"/>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="88"/>
        <source>Forget the changes since the last save</source>
        <translation>Wijzigingen sinds de laatste keer opslaan terugdraaien</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="274"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="291"/>
        <source>Edit %1 “%2”</source>
        <translation>%1 “%2” bewerken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="234"/>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="327"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="429"/>
        <source>New, not saved yet</source>
        <translation>Nieuw, nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_editor.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/save_comment.py" line="32"/>
        <source>Comment on this change (optional)</source>
        <translation>Toelichting bij deze wijziging (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/save_comment.py" line="34"/>
        <source>Why you made this change. It is recorded in the change log with the change; Enter saves.</source>
        <translation>Waarom u deze wijziging maakt. Dit wordt met de wijziging vastgelegd in het wijzigingslogboek; Enter slaat op.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="19"/>
        <source>No %1 matches “%2”.</source>
        <translation>Geen %1 gevonden voor “%2”.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="21"/>
        <source>There is nothing here yet. Press Add (Ctrl+N) to make a %1.</source>
        <translation>Hier staat nog niets. Klik op Toevoegen (Ctrl+N) om een %1 te maken.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="24"/>
        <source>Select a %1 on the left, or press Add (Ctrl+N) to make one.</source>
        <translation>Kies links een %1, of klik op Toevoegen (Ctrl+N) om er een te maken.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="33"/>
        <source>This register has no processing activities yet. Start in one of three ways:</source>
        <translation>Dit register heeft nog geen verwerkingsactiviteiten. Begin op een van deze drie manieren:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="54"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="80"/>
        <source>Import a spreadsheet…</source>
        <translation>Een spreadsheet importeren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="82"/>
        <source>Bring in the register you keep in Excel</source>
        <translation>Haal het register binnen dat u in Excel bijhoudt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="84"/>
        <source>Add a processing activity</source>
        <translation>Een verwerkingsactiviteit toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="87"/>
        <source>Fill in the organisation</source>
        <translation>De organisatie invullen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="90"/>
        <source>The controller, the privacy contacts and the supervisory authority</source>
        <translation>De verwerkingsverantwoordelijke, de privacycontacten en de toezichthoudende autoriteit</translation>
    </message>
</context>
<context>
    <name>Establish</name>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="58"/>
        <source>Establish version</source>
        <translation>Versie vaststellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="60"/>
        <source>Establishing (vaststellen) freezes the register as it is now as a named version, with the date and who established it. A version cannot be changed or removed afterwards.</source>
        <translation>Vaststellen legt het register zoals het nu is vast als een versie met een naam, met de datum en wie het vaststelde. Een versie kan daarna niet meer worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="70"/>
        <source>For example: 2026-1, or Established by the board</source>
        <translation>Bijvoorbeeld: 2026-1, of Vastgesteld door de directie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="72"/>
        <source>Optional: why, or by whose decision</source>
        <translation>Optioneel: waarom, of op wiens besluit</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="83"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="84"/>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="85"/>
        <source>Recorded as:</source>
        <translation>Vastgelegd als:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="86"/>
        <source>The register holds:</source>
        <translation>Het register bevat:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="88"/>
        <source>Establish</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="105"/>
        <source>A version named “%1” exists already: choose another name.</source>
        <translation>Er is al een versie met de naam “%1”: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="119"/>
        <source>Establishing the version…</source>
        <translation>De versie wordt vastgesteld…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/establish_dialog.py" line="137"/>
        <source>The version was not established: %1</source>
        <translation>De versie is niet vastgesteld: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ropa_desktop/gui/export_changes.py" line="29"/>
        <location filename="../../ropa_desktop/gui/register_export.py" line="19"/>
        <source>Export register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_changes.py" line="30"/>
        <source>Add the changes since version…</source>
        <translation>Wijzigingen sinds versie… toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_changes.py" line="38"/>
        <source>An annex lists every change recorded since that version: who, when, from where, the item and field, before and after, and the comment given.</source>
        <translation>Een bijlage vermeldt elke vastgelegde wijziging sinds die versie: wie, wanneer, waarvandaan, het onderdeel en veld, voor en na, en de gegeven toelichting.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_export.py" line="63"/>
        <source>Writing the Excel workbook…</source>
        <translation>Excel-werkmap wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_export.py" line="65"/>
        <source>Writing the PDF dossier…</source>
        <translation>PDF-dossier wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_export.py" line="74"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_export.py" line="75"/>
        <source>The register could not be exported: %1</source>
        <translation>Het register kon niet worden geëxporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_place.py" line="43"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_place.py" line="44"/>
        <source>Written to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_place.py" line="45"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_place.py" line="46"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="17"/>
        <source>The register file is read-only, so nothing can be saved in it. Ask for write access, or copy the file to a folder where you can write and open the copy.</source>
        <translation>Het registerbestand is alleen-lezen; er kan niets in worden opgeslagen. Vraag schrijfrechten aan, of kopieer het bestand naar een map waarin u kunt schrijven en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="23"/>
        <source>Another program is using the register right now. Try again in a moment.</source>
        <translation>Een ander programma gebruikt het register op dit moment. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="24"/>
        <source>The register file was moved, deleted or replaced while it was open.</source>
        <translation>Het registerbestand is verplaatst, verwijderd of vervangen terwijl het open was.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="25"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="26"/>
        <source>The register refused the change: a required value is missing or a linked entry no longer exists.</source>
        <translation>Het register weigerde de wijziging: een verplicht gegeven ontbreekt of een gekoppeld item bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="29"/>
        <source>The item or file no longer exists.</source>
        <translation>Het item of bestand bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="30"/>
        <source>This file is not a ROPA Desktop register.</source>
        <translation>Dit bestand is geen ROPA Desktop-register.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="31"/>
        <source>This register was written by a newer version of ROPA Desktop. Update the program to open it.</source>
        <translation>Dit register is gemaakt met een nieuwere versie van ROPA Desktop. Werk het programma bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="34"/>
        <source>A file with that name already exists.</source>
        <translation>Er bestaat al een bestand met die naam.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="35"/>
        <source>The register file is damaged and cannot be read.</source>
        <translation>Het registerbestand is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="36"/>
        <source>This entry is still in use, so it was not deleted.</source>
        <translation>Dit item is nog in gebruik en is daarom niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="37"/>
        <source>Another program changed the same fields of this item since you opened it. To see its version, copy what you typed if you need it and choose Revert.</source>
        <translation>Een ander programma heeft dezelfde velden van dit item gewijzigd sinds u het opende. Wilt u die versie zien, kopieer dan zo nodig wat u typte en kies Herstellen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="43"/>
        <source>The register was changed by another program after the import, so the import cannot be undone without losing that change.</source>
        <translation>Het register is na de import door een ander programma gewijzigd; de import kan daarom niet ongedaan worden gemaakt zonder die wijziging te verliezen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="48"/>
        <source>Another window has this register open, so this one can only read it.</source>
        <translation>Een ander venster heeft dit register geopend; dit venster kan het alleen lezen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="49"/>
        <source>Reading the register took far too long and was stopped. The file may have been altered by another program.</source>
        <translation>Het lezen van het register duurde veel te lang en is gestopt. Het bestand is mogelijk door een ander programma veranderd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="55"/>
        <source>The register could not be changed.</source>
        <translation>Het register kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="63"/>
        <source>A text is too long to be saved: at most %1 characters. Shorten it and save again.</source>
        <translation>Een tekst is te lang om op te slaan: hoogstens %1 tekens. Maak hem korter en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="66"/>
        <source>A text holds a character that cannot be saved (%1). Remove it and save again.</source>
        <translation>Een tekst bevat een teken dat niet kan worden opgeslagen (%1). Verwijder het en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/faults.py" line="73"/>
        <source>Your change was not saved; it is still in the form.</source>
        <translation>Uw wijziging is niet opgeslagen; ze staat nog in het formulier.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="41"/>
        <source>(new purpose)</source>
        <translation>(nieuw doel)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="49"/>
        <source>(new retention rule)</source>
        <translation>(nieuwe bewaarregel)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="56"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="168"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="58"/>
        <source>What the data is used for, in words the public understands.</source>
        <translation>Waarvoor de gegevens worden gebruikt, in woorden die het publiek begrijpt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="62"/>
        <source>Legal basis (Art. 6)</source>
        <translation>Grondslag (art. 6)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="64"/>
        <source>— choose a legal basis —</source>
        <translation>— kies een grondslag —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="69"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="77"/>
        <source>Balancing test (reference)</source>
        <translation>Belangenafweging (verwijzing)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="71"/>
        <source>Required when the legal basis is legitimate interest: the interest pursued (Art. 13(1)(d)).</source>
        <translation>Verplicht als de grondslag gerechtvaardigd belang is: het belang dat wordt nagestreefd (art. 13 lid 1 onder d).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="82"/>
        <source>Exception for special categories (Art. 9(2))</source>
        <translation>Uitzonderingsgrond bijzondere persoonsgegevens (art. 9 lid 2)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="84"/>
        <source>— not applicable —</source>
        <translation>— niet van toepassing —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="88"/>
        <source>How consent is withdrawn</source>
        <translation>Hoe toestemming wordt ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="104"/>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="107"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="110"/>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="111"/>
        <source>Applies when</source>
        <translation>Geldt wanneer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="114"/>
        <source>Criterion (when there is no fixed period)</source>
        <translation>Criterium (als er geen vaste termijn is)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="117"/>
        <source>Wording in the statement</source>
        <translation>Formulering in de privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="136"/>
        <source>Criteria of the EDPB guidelines (WP248): two or more usually mean a DPIA is required</source>
        <translation>Criteria uit de EDPB-richtsnoeren (WP248): bij twee of meer is meestal een DPIA verplicht</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="139"/>
        <source>The Dutch AP list: processing that always needs a DPIA</source>
        <translation>De lijst van de AP: verwerkingen waarvoor altijd een DPIA verplicht is</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="150"/>
        <source>General and purposes</source>
        <translation>Algemeen en doeleinden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="152"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="20"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="44"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="77"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="166"/>
        <source>Our role</source>
        <translation>Onze rol</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="176"/>
        <source>Explanation for the public</source>
        <translation>Toelichting voor het publiek</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="180"/>
        <source>Internal description</source>
        <translation>Interne beschrijving</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="184"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="186"/>
        <source>Add purpose</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="192"/>
        <source>People and data</source>
        <translation>Betrokkenen en gegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="196"/>
        <source>Whose data (data subjects)</source>
        <translation>Wiens gegevens (betrokkenen)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="201"/>
        <source>Categories of personal data</source>
        <translation>Categorieën persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="205"/>
        <source>Heading above the data list</source>
        <translation>Kop boven de lijst met gegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="209"/>
        <source>Where the data comes from</source>
        <translation>Waar de gegevens vandaan komen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="214"/>
        <source>Source details (Art. 14)</source>
        <translation>Toelichting op de bron (art. 14)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="218"/>
        <source>Criminal data and national identification number</source>
        <translation>Strafrechtelijke gegevens en nationaal identificatienummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="222"/>
        <source>Legal basis for criminal data (Art. 10)</source>
        <translation>Grondslag voor strafrechtelijke gegevens (art. 10)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="328"/>
        <source>Two or more WP248 criteria usually mean a DPIA is required; any item of the AP list always does.</source>
        <translation>Twee of meer WP248-criteria betekenen meestal dat een DPIA verplicht is; elk punt van de AP-lijst altijd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="227"/>
        <source>Legal basis for the BSN</source>
        <translation>Wettelijke grondslag voor het BSN</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="93"/>
        <source>This purpose is direct marketing</source>
        <translation>Dit doel is direct marketing</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="94"/>
        <source>Offering our products or services to the data subject. The statement then tells of the right to object to direct marketing at any time (Art. 21(2)-(3)).</source>
        <translation>Het aanbieden van onze producten of diensten aan de betrokkene. De privacyverklaring noemt dan het recht om altijd bezwaar te maken tegen direct marketing (art. 21 lid 2 en 3 AVG).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="120"/>
        <source>For which data</source>
        <translation>Voor welke gegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="122"/>
        <source>Where this activity keeps its data categories for different periods, tick the ones this rule keeps (Art. 30(1)(f)). None ticked: the rule applies to all data of this activity.</source>
        <translation>Bewaart deze verwerkingsactiviteit haar gegevenscategorieën verschillend lang, vink dan aan welke deze regel bewaart (art. 30 lid 1 onder f AVG). Niets aangevinkt: de regel geldt voor alle gegevens van deze verwerkingsactiviteit.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="155"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="157"/>
        <source>Your own identifier of this activity, such as V-01, as your organisation&apos;s documents refer to it. Not published in the privacy statement.</source>
        <translation>Uw eigen aanduiding van deze verwerkingsactiviteit, zoals V-01, waarmee de documenten van uw organisatie ernaar verwijzen. Wordt niet gepubliceerd in de privacyverklaring.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="233"/>
        <source>Requirement to provide data (Art. 13(2)(e))</source>
        <translation>Verplichting om gegevens te verstrekken (art. 13 lid 2 onder e)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="237"/>
        <source>Providing the data is</source>
        <translation>Het verstrekken van de gegevens is</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="244"/>
        <source>Consequence of not providing it</source>
        <translation>Gevolg als de gegevens niet worden verstrekt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="248"/>
        <source>Whether the data subject must provide the data: by law, by contract or to enter into a contract. A legal obligation of the organisation itself is the legal basis (Art. 6(1)(c)), not a requirement of the data subject.</source>
        <translation>Of de betrokkene de gegevens moet verstrekken: op grond van de wet, een overeenkomst of om een overeenkomst te sluiten. Een wettelijke verplichting van de organisatie zelf is de grondslag (art. 6 lid 1 onder c AVG), geen verplichting van de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="256"/>
        <source>Automated decision-making (Art. 22)</source>
        <translation>Geautomatiseerde besluitvorming (art. 22)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="262"/>
        <source>Decisions are made automatically, including profiling</source>
        <translation>Besluiten worden geautomatiseerd genomen, met inbegrip van profilering</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="267"/>
        <source>The logic involved</source>
        <translation>De onderliggende logica</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="272"/>
        <source>Significance and consequences</source>
        <translation>Belang en verwachte gevolgen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="280"/>
        <source>Recipients and transfers</source>
        <translation>Ontvangers en doorgiften</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="282"/>
        <source>Recipients and processors</source>
        <translation>Ontvangers en verwerkers</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="284"/>
        <source>Joint controllers (Art. 26)</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken (art. 26)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="288"/>
        <source>Controllers we process for (Art. 30(2))</source>
        <translation>Verwerkingsverantwoordelijken voor wie wij verwerken (art. 30 lid 2)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="290"/>
        <source>Required when our role is processor.</source>
        <translation>Verplicht als onze rol verwerker is.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="292"/>
        <source>Transfers outside the EEA</source>
        <translation>Doorgiften buiten de EER</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="296"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="300"/>
        <source>Retention rules</source>
        <translation>Bewaarregels</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="306"/>
        <source>Add retention rule</source>
        <translation>Bewaarregel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="312"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="316"/>
        <source>Security measures (Art. 32)</source>
        <translation>Beveiligingsmaatregelen (art. 32)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="322"/>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="326"/>
        <source>Screening</source>
        <translation>Voortoets</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="335"/>
        <source>DPIA status</source>
        <translation>DPIA-status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="338"/>
        <source>DPIA date</source>
        <translation>DPIA-datum</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="341"/>
        <source>DPIA document (reference)</source>
        <translation>DPIA-document (verwijzing)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="347"/>
        <source>Publication and notes</source>
        <translation>Publicatie en notities</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="352"/>
        <source>Describe this activity in the privacy statement</source>
        <translation>Deze verwerkingsactiviteit in de privacyverklaring beschrijven</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="354"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="356"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="359"/>
        <source>Systems and locations of the data</source>
        <translation>Systemen en locaties van de gegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/activity_spec.py" line="361"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="123"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="148"/>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="24"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="30"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="132"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="26"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="62"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="31"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="27"/>
        <source>— no country —</source>
        <translation>— geen land —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="39"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="84"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="43"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="54"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="91"/>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="184"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="61"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="61"/>
        <source>Special category (Art. 9(1))</source>
        <translation>Bijzondere categorie persoonsgegevens (art. 9 lid 1)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="63"/>
        <source>— not special —</source>
        <translation>— geen bijzondere categorie —</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="78"/>
        <source>Vulnerable people (children, patients, employees)</source>
        <translation>Kwetsbare personen (kinderen, patiënten, werknemers)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="95"/>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="97"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="48"/>
        <source>Data processing agreement (Art. 28)</source>
        <translation>Verwerkersovereenkomst (art. 28)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="101"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="54"/>
        <source>Agreement (reference or link)</source>
        <translation>Overeenkomst (verwijzing of link)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="104"/>
        <location filename="../../ropa_desktop/gui/new_recipient_dialog.py" line="55"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="105"/>
        <source>Ends on</source>
        <translation>Loopt af op</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="112"/>
        <source>Covered by the adequacy decision through certification (e.g. EU-US Data Privacy Framework)</source>
        <translation>Valt door certificering onder het adequaatheidsbesluit (bijv. EU-VS Data Privacy Framework)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="120"/>
        <source>Sub-processors</source>
        <translation>Subverwerkers</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="133"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="134"/>
        <source>Transfer tool</source>
        <translation>Doorgifte-instrument</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="137"/>
        <source>Where the safeguard is kept (reference)</source>
        <translation>Waar de waarborg is vastgelegd (verwijzing)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="141"/>
        <source>Transfer impact assessment date</source>
        <translation>Datum doorgiftetoets (TIA)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="145"/>
        <source>For the statement: the safeguard and how to get a copy</source>
        <translation>Voor de privacyverklaring: de waarborg en hoe een kopie kan worden verkregen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="159"/>
        <source>Placed by</source>
        <translation>Geplaatst door</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="162"/>
        <source>Third party (recipient)</source>
        <translation>Derde (ontvanger)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="165"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="169"/>
        <source>Lifetime</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/catalogue_specs.py" line="171"/>
        <source>Placed only after consent</source>
        <translation>Alleen geplaatst na toestemming</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/child_list.py" line="134"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/child_list.py" line="137"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/child_list.py" line="138"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/fields.py" line="215"/>
        <source>missing: %1</source>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/fields.py" line="430"/>
        <source>Primary:</source>
        <translation>Hoofdtaal:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/fields.py" line="432"/>
        <source>Also:</source>
        <translation>Ook:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="34"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="36"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="37"/>
        <source>Create a new entry and tick it</source>
        <translation>Een nieuw item maken en aanvinken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="106"/>
        <source>%1 chosen: %2</source>
        <translation>%1 gekozen: %2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="108"/>
        <source>None chosen</source>
        <translation>Niets gekozen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="122"/>
        <source>Wording of “%1” in this activity (optional):</source>
        <translation>Formulering van “%1” in deze activiteit (optioneel):</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/link_field.py" line="129"/>
        <source>Select a ticked entry to give it its own wording here.</source>
        <translation>Selecteer een aangevinkt item om het hier een eigen formulering te geven.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="33"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="34"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="35"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="78"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="37"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="38"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="39"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="45"/>
        <source>Attention of</source>
        <translation>Ter attentie van</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="66"/>
        <source>Our country has no authority in the reference data: give its details here.</source>
        <translation>Voor ons land staat geen toezichthouder in de referentiegegevens: vul de gegevens hier in.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="67"/>
        <source>By default: %1 (from the reference data).</source>
        <translation>Standaard: %1 (uit de referentiegegevens).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="71"/>
        <source>(new office)</source>
        <translation>(nieuwe vestiging)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="80"/>
        <source>Headquarters</source>
        <translation>Hoofdvestiging</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="83"/>
        <source>Run by group company</source>
        <translation>Beheerd door groepsmaatschappij</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="90"/>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="92"/>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="93"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="96"/>
        <source>Who we are (for the statement)</source>
        <translation>Wie wij zijn (voor de privacyverklaring)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="101"/>
        <source>Chamber of Commerce number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="107"/>
        <source>We are a public authority or body: a DPO is always required (Art. 37(1)(a))</source>
        <translation>Wij zijn een overheidsinstantie of -orgaan: een FG is altijd verplicht (art. 37 lid 1 onder a)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="113"/>
        <source>Privacy contacts</source>
        <translation>Privacycontacten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="117"/>
        <source>Privacy contact</source>
        <translation>Privacycontactpersoon</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="118"/>
        <source>We have a privacy contact</source>
        <translation>Wij hebben een privacycontactpersoon</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="122"/>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming (FG)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="123"/>
        <source>We have appointed a DPO (Art. 37)</source>
        <translation>Wij hebben een FG aangewezen (art. 37)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="127"/>
        <source>Representative in the EU (Art. 27)</source>
        <translation>Vertegenwoordiger in de EU (art. 27)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="128"/>
        <source>We have a representative in the EU</source>
        <translation>Wij hebben een vertegenwoordiger in de EU</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="133"/>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="137"/>
        <source>Supervisory authority</source>
        <translation>Toezichthoudende autoriteit</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="138"/>
        <source>Use these details instead of the authority of our country</source>
        <translation>Deze gegevens gebruiken in plaats van de toezichthoudende autoriteit van ons land</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="144"/>
        <source>Offices</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="150"/>
        <source>Add office</source>
        <translation>Vestiging toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="156"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="160"/>
        <source>Languages of the public texts</source>
        <translation>Talen van de openbare teksten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="164"/>
        <source>Date of the privacy statement</source>
        <translation>Datum van de privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/organisation_spec.py" line="168"/>
        <source>Months to answer a request (Art. 12(3))</source>
        <translation>Maanden om een verzoek te beantwoorden (art. 12 lid 3)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/rule_categories_field.py" line="60"/>
        <source>%1 (not used by this activity)</source>
        <translation>%1 (niet gebruikt door deze verwerkingsactiviteit)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/rule_categories_field.py" line="69"/>
        <source>None ticked: this rule applies to all data of this activity.</source>
        <translation>Niets aangevinkt: deze regel geldt voor alle gegevens van deze verwerkingsactiviteit.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/rule_categories_field.py" line="72"/>
        <source>Applies only to: %1</source>
        <translation>Geldt alleen voor: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/destination_fields.py" line="57"/>
        <source>%1 is in the EEA: data going there are not transferred. Choose the country outside the EEA they go to, or delete this transfer.</source>
        <translation>%1 ligt in de EER: gegevens die daarheen gaan, worden niet doorgegeven. Kies het land buiten de EER waar ze heen gaan, of verwijder deze doorgifte.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/destination_fields.py" line="123"/>
        <source>%1 (does not fit this country)</source>
        <translation>%1 (past niet bij dit land)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="31"/>
        <source>The legal basis of this purpose is not legitimate interests (Art. 6(1)(f)).</source>
        <translation>De grondslag van dit doel is geen gerechtvaardigd belang (art. 6 lid 1 onder f AVG).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="34"/>
        <source>The legal basis of this purpose is not consent (Art. 6(1)(a) or 9(2)(a)).</source>
        <translation>De grondslag van dit doel is geen toestemming (art. 6 lid 1 onder a of art. 9 lid 2 onder a AVG).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="37"/>
        <source>None of the activity&apos;s data categories is a special category (Art. 9(1)).</source>
        <translation>Geen van de categorieën persoonsgegevens van deze verwerking is een bijzondere categorie (art. 9 lid 1 AVG).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="40"/>
        <source>None of the activity&apos;s data categories is criminal data (Art. 10).</source>
        <translation>Geen van de categorieën persoonsgegevens van deze verwerking is een strafrechtelijk persoonsgegeven (art. 10 AVG).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="41"/>
        <source>None of the activity&apos;s data categories is the citizen service number (BSN).</source>
        <translation>Geen van de categorieën persoonsgegevens van deze verwerking is het burgerservicenummer (BSN).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="44"/>
        <source>Our role in this activity is not processor.</source>
        <translation>Onze rol bij deze verwerking is niet verwerker.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="45"/>
        <source>Our role in this activity is not joint controller.</source>
        <translation>Onze rol bij deze verwerking is niet gezamenlijk verwerkingsverantwoordelijke.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="46"/>
        <source>No decisions are made automatically.</source>
        <translation>Er worden geen besluiten automatisch genomen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="47"/>
        <source>Whether the data must be provided is set to not applicable.</source>
        <translation>Of de gegevens verstrekt moeten worden, staat op niet van toepassing.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="50"/>
        <source>All data comes from the data subject (Art. 13, not 14).</source>
        <translation>Alle gegevens komen van de betrokkene zelf (art. 13 AVG, niet art. 14).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="51"/>
        <source>This rule has a fixed period.</source>
        <translation>Deze regel heeft een vaste termijn.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="52"/>
        <source>The country is in the EEA: no transfer tool is needed.</source>
        <translation>Het land ligt in de EER: er is geen doorgifte-instrument nodig.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/forms/not_applying.py" line="54"/>
        <source>Does not apply: %1 Kept as entered; clear it if it is no longer needed.</source>
        <translation>Niet van toepassing: %1 Bewaard zoals ingevuld; maak het leeg als het niet meer nodig is.</translation>
    </message>
</context>
<context>
    <name>FirstLook</name>
    <message>
        <location filename="../../ropa_desktop/gui/first_look.py" line="79"/>
        <source>Opening the register…</source>
        <translation>Het register wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ropa_desktop/gui/help_window.py" line="43"/>
        <source>ROPA Desktop manual</source>
        <translation>Handleiding van ROPA Desktop</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="36"/>
        <source>%1, by %2 (%3)</source>
        <translation>%1, door %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="44"/>
        <source>Before:</source>
        <translation>Oud:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="44"/>
        <source>After:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="47"/>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="49"/>
        <source>Removed:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="51"/>
        <source>Comment:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_details.py" line="70"/>
        <source>Choose a change to read all of it here.</source>
        <translation>Kies een wijziging om haar hier volledig te lezen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="46"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="47"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="48"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="49"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="50"/>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="51"/>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="52"/>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_model.py" line="53"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="85"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="114"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="117"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="118"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="122"/>
        <source>Item name…</source>
        <translation>Naam van het item…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="125"/>
        <source>Every action</source>
        <translation>Elke handeling</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="201"/>
        <source>Reading the history…</source>
        <translation>De geschiedenis wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="206"/>
        <source>No change matches these filters.</source>
        <translation>Geen wijziging voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="209"/>
        <source>The newest %1 changes; scroll down for older ones.</source>
        <translation>De nieuwste %1 wijzigingen; scroll omlaag voor oudere.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="212"/>
        <source>%1 changes.</source>
        <translation>%1 wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_page.py" line="269"/>
        <source>“%1” no longer exists in the register.</source>
        <translation>“%1” bestaat niet meer in het register.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="29"/>
        <source>History starts here</source>
        <translation>Geschiedenis begint hier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="30"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="31"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="32"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="33"/>
        <source>Version established</source>
        <translation>Versie vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="34"/>
        <source>Statement published</source>
        <translation>Verklaring gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="41"/>
        <source>window</source>
        <translation>venster</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="42"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="43"/>
        <source>command line</source>
        <translation>opdrachtregel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="44"/>
        <source>migration</source>
        <translation>migratie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="78"/>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="174"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="82"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="82"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="192"/>
        <source>Version %1 “%2”</source>
        <translation>Versie %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="194"/>
        <source>Privacy statement, publication %1</source>
        <translation>Privacyverklaring, publicatie %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_history_tab.py" line="81"/>
        <source>A new item has no history until it is saved.</source>
        <translation>Een nieuw item heeft pas een geschiedenis als het is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_history_tab.py" line="90"/>
        <source>No changes have been recorded for this item.</source>
        <translation>Voor dit item zijn geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_history_tab.py" line="92"/>
        <source>Newest first. Choose a change to read all of it below.</source>
        <translation>Nieuwste eerst. Kies een wijziging om haar hieronder volledig te lezen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_history_tab.py" line="105"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ropa_desktop/gui/import_columns_model.py" line="27"/>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="27"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_columns_model.py" line="28"/>
        <source>Header</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_columns_model.py" line="29"/>
        <source>Example values</source>
        <translation>Voorbeeldwaarden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_columns_model.py" line="30"/>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="29"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_columns_model.py" line="35"/>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="80"/>
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="84"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="167"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="190"/>
        <source>Import from %1</source>
        <translation>Import uit %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="240"/>
        <source>Choose the workbook</source>
        <translation>Kies de werkmap</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="242"/>
        <source>A workbook exported from ROPA Desktop, or a spreadsheet of your own with one processing activity per row.</source>
        <translation>Een werkmap die uit ROPA Desktop is geëxporteerd, of een eigen spreadsheet met één verwerking per rij.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="250"/>
        <source>The Excel workbook (.xlsx) to import</source>
        <translation>De Excel-werkmap (.xlsx) om te importeren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="251"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="266"/>
        <source>A ROPA Desktop workbook brings back exactly what was exported. A spreadsheet of your own is read by its headers, in Dutch, English, French or German: each row under the header row becomes a processing activity, and what is not understood is kept in its internal notes. Entries whose name is already in the register are updated; the others are added.

Nothing changes until you press Import on the last page, and a copy of the register file is made before anything is imported.</source>
        <translation>Een werkmap van ROPA Desktop brengt precies terug wat is geëxporteerd. Een eigen spreadsheet wordt gelezen aan de hand van de kolomkoppen, in het Nederlands, Engels, Frans of Duits: elke rij onder de kopregel wordt een verwerking, en wat niet wordt herkend, komt in de interne notities. Items waarvan de naam al in het register staat, worden bijgewerkt; de andere worden toegevoegd.

Er verandert niets totdat u op de laatste pagina op Importeren drukt, en vóór de import wordt een kopie van het registerbestand gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="292"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="293"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="334"/>
        <source>(the whole workbook)</source>
        <translation>(de hele werkmap)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="343"/>
        <source>&lt;b&gt;A ROPA Desktop workbook.&lt;/b&gt; It is imported exactly: every field, language and link.</source>
        <translation>&lt;b&gt;Een werkmap van ROPA Desktop.&lt;/b&gt; Die wordt precies geïmporteerd: elk veld, elke taal en elke koppeling.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="350"/>
        <source>&lt;b&gt;A spreadsheet of your own.&lt;/b&gt; Its columns are matched to the register&apos;s fields by their headers; you can check and change them on the next page.</source>
        <translation>&lt;b&gt;Een eigen spreadsheet.&lt;/b&gt; De kolommen worden aan de hand van hun koppen aan de velden van het register gekoppeld; op de volgende pagina kunt u dat controleren en wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="376"/>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="378"/>
        <source>Each column is imported as the field shown. Double-click a field to change it; choose “(not imported)” to leave a column out.</source>
        <translation>Elke kolom wordt geïmporteerd als het getoonde veld. Dubbelklik op een veld om het te wijzigen; kies “(niet geïmporteerd)” om een kolom over te slaan.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="388"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="421"/>
        <source>Load mapping…</source>
        <translation>Koppeling laden…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="423"/>
        <source>Save mapping…</source>
        <translation>Koppeling opslaan…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="425"/>
        <source>Keep these columns to import the same spreadsheet again, here or with “ropa import --mapping”</source>
        <translation>Bewaar deze kolommen om dezelfde spreadsheet opnieuw te importeren, hier of met “ropa import --mapping”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="433"/>
        <source>Header row:</source>
        <translation>Kopregel:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="436"/>
        <source>Language of the sheet:</source>
        <translation>Taal van het blad:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="514"/>
        <source>Mapping not loaded</source>
        <translation>Koppeling niet geladen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="520"/>
        <source>Mapping not used</source>
        <translation>Koppeling niet gebruikt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="534"/>
        <source>Mapping not saved</source>
        <translation>Koppeling niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="535"/>
        <source>The mapping could not be written: %1</source>
        <translation>De koppeling kon niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="550"/>
        <source>Check what will change</source>
        <translation>Controleer wat er verandert</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="552"/>
        <source>Nothing has been changed yet. This is what the import would do; press Import to do it.</source>
        <translation>Er is nog niets gewijzigd. Dit is wat de import zou doen; druk op Importeren om het uit te voeren.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="557"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="577"/>
        <source>Reading the workbook…</source>
        <translation>De werkmap wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="646"/>
        <source>The import was cancelled; the register is unchanged.</source>
        <translation>De import is geannuleerd; het register is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="648"/>
        <source>Not imported; the register is unchanged.</source>
        <translation>Niet geïmporteerd; het register is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="649"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="52"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="53"/>
        <source>Guesses</source>
        <translation>Inschattingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="54"/>
        <source>To the internal notes</source>
        <translation>Naar de interne notities</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="55"/>
        <source>Corrected by you</source>
        <translation>Door u verbeterd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="80"/>
        <source>Keep in the notes</source>
        <translation>In de notities houden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="82"/>
        <source>Do not read this cell; keep its text in the activity&apos;s internal notes</source>
        <translation>Deze cel niet lezen; de tekst blijft in de interne notities van de verwerking</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="85"/>
        <source>Read as…</source>
        <translation>Lezen als…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="87"/>
        <source>Read another text in this cell&apos;s place; the workbook itself is not changed</source>
        <translation>Een andere tekst lezen in plaats van deze cel; de werkmap zelf verandert niet</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="90"/>
        <source>Undo my correction</source>
        <translation>Mijn verbetering ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="95"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="99"/>
        <source>To change what a whole column is imported as, go Back to the columns.</source>
        <translation>Ga Terug naar de kolommen om te wijzigen als wat een hele kolom wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="114"/>
        <source>&lt;b&gt;To check before importing: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Na te kijken vóór het importeren: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="151"/>
        <source>Read the cell as</source>
        <translation>De cel lezen als</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_panel.py" line="152"/>
        <source>Read %1 as:</source>
        <translation>%1 lezen als:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="656"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="657"/>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="672"/>
        <source>The register has been changed as listed below.</source>
        <translation>Het register is gewijzigd zoals hieronder staat.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="674"/>
        <source>Nothing needed changing: the register already holds what the spreadsheet says.</source>
        <translation>Er hoefde niets te veranderen: het register bevat al wat in de spreadsheet staat.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="682"/>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole import back, as long as you have not closed the register.</source>
        <translation>Bewerken &gt; Ongedaan maken (Ctrl+Z) draait de hele import terug, zolang u het register niet hebt gesloten.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="689"/>
        <source>No copy of the register could be kept in the temporary folder, so this import cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Er kon geen kopie van het register in de tijdelijke map worden bewaard, dus deze import kan niet ongedaan worden gemaakt met Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_wizard.py" line="697"/>
        <source>An import into a register on a server cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Een import in een register op een server kan niet ongedaan worden gemaakt met Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="24"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="25"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="26"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/import_review_model.py" line="28"/>
        <source>Cell text</source>
        <translation>Celtekst</translation>
    </message>
</context>
<context>
    <name>InUseDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="82"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="85"/>
        <source>“%1” is used in 1 place and was not deleted.</source>
        <translation>“%1” wordt op 1 plaats gebruikt en is niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="87"/>
        <source>“%1” is used in %2 places and was not deleted.</source>
        <translation>“%1” wordt op %2 plaatsen gebruikt en is niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="94"/>
        <source>Double-click a place to change it there. Or, when another entry means the same, replace this one by it everywhere, or merge it into that entry.</source>
        <translation>Dubbelklik op een plaats om het daar te wijzigen. Of, als een ander item hetzelfde betekent: vervang dit item overal door dat item, of voeg het ermee samen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="113"/>
        <source>Replace by…</source>
        <translation>Vervangen door…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="115"/>
        <source>Let another %1 take its place everywhere, then delete this one</source>
        <translation>Laat een andere %1 overal de plaats innemen en verwijder daarna deze</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="121"/>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="123"/>
        <source>As Replace by, and the other %1 also takes the texts it lacks and the notes of this one</source>
        <translation>Als Vervangen door, en de andere %1 neemt ook de ontbrekende teksten en de notities van deze over</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="154"/>
        <source>Merge “%1” into</source>
        <translation>“%1” samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="154"/>
        <source>Replace “%1” by</source>
        <translation>“%1” vervangen door</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="168"/>
        <source>Type to find a %1…</source>
        <translation>Typ om een %1 te vinden…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/in_use_dialog.py" line="186"/>
        <source>Choose an entry from the list.</source>
        <translation>Kies een item uit de lijst.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ropa_desktop/gui/jobs.py" line="93"/>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="203"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="15"/>
        <source>processing activity</source>
        <translation>verwerkingsactiviteit</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="16"/>
        <source>data category</source>
        <translation>gegevenscategorie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="17"/>
        <source>category of data subjects</source>
        <translation>categorie betrokkenen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="18"/>
        <source>recipient</source>
        <translation>ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="19"/>
        <source>transfer</source>
        <translation>doorgifte</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="20"/>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="21"/>
        <source>security measure</source>
        <translation>beveiligingsmaatregel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="22"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="30"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="31"/>
        <source>Processing activities</source>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="32"/>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="33"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="34"/>
        <source>Recipients and processors</source>
        <translation>Ontvangers en verwerkers</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="35"/>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="36"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="37"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="38"/>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="39"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="47"/>
        <source>New processing activity</source>
        <translation>Nieuwe verwerkingsactiviteit</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="48"/>
        <source>New data category</source>
        <translation>Nieuwe gegevenscategorie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="49"/>
        <source>New category of data subjects</source>
        <translation>Nieuwe categorie betrokkenen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="50"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="51"/>
        <source>new_cookie</source>
        <translation>nieuwe_cookie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/kind_names.py" line="52"/>
        <source>New security measure</source>
        <translation>Nieuwe beveiligingsmaatregel</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="78"/>
        <source>Search references, names, purposes and categories…</source>
        <translation>Zoeken in kenmerken, namen, doeleinden en categorieën…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="80"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/empty_state.py" line="57"/>
        <location filename="../../ropa_desktop/gui/list_page.py" line="163"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="143"/>
        <location filename="../../ropa_desktop/gui/list_page.py" line="261"/>
        <source>Reading the list…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="165"/>
        <source>Add a new %1 (Ctrl+N)</source>
        <translation>Nieuwe %1 toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="170"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="172"/>
        <source>Use the selected activity as a template (Ctrl+D)</source>
        <translation>De geselecteerde activiteit als sjabloon gebruiken (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="175"/>
        <location filename="../../ropa_desktop/gui/list_page.py" line="452"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="175"/>
        <source>Delete the selected item (Del)</source>
        <translation>Het geselecteerde item verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="181"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="183"/>
        <source>Earlier in the privacy statement (Ctrl+Up)</source>
        <translation>Eerder in de privacyverklaring (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="186"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="188"/>
        <source>Later in the privacy statement (Ctrl+Down)</source>
        <translation>Later in de privacyverklaring (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="191"/>
        <location filename="../../ropa_desktop/gui/list_page.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="204"/>
        <source>Change the status of the selected activity</source>
        <translation>De status van de gekozen activiteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="228"/>
        <source>The register is read-only here; the bar at the top of the window says why.</source>
        <translation>Het register is hier alleen-lezen; de balk boven in het venster zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="313"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="315"/>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="317"/>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="366"/>
        <source>Cannot show the item</source>
        <translation>Item kan niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="424"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="434"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="436"/>
        <source>Not duplicated</source>
        <translation>Niet gedupliceerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="453"/>
        <source>Delete %1 “%2”?</source>
        <translation>De %1 “%2” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="454"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="461"/>
        <source>Delete %1 “%2”</source>
        <translation>%1 “%2” verwijderen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="465"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="485"/>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1” samenvoegen met “%2”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="487"/>
        <source>Replace “%1” by “%2”</source>
        <translation>“%1” vervangen door “%2”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="497"/>
        <source>Not replaced</source>
        <translation>Niet vervangen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="515"/>
        <source>Move “%1”</source>
        <translation>“%1” verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="517"/>
        <source>Not moved</source>
        <translation>Niet verplaatst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="527"/>
        <source>Set status of “%1” to %2</source>
        <translation>Status van “%1” wijzigen in %2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/list_page.py" line="533"/>
        <source>Status not changed</source>
        <translation>Status niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>LogBanner</name>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="26"/>
        <source>The change log of this register was altered outside ROPA Desktop: entry %1 was changed after it was recorded.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: vermelding %1 is gewijzigd nadat die was vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="31"/>
        <source>The change log of this register was altered outside ROPA Desktop: entry %1 is missing.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: vermelding %1 ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="34"/>
        <source>The change log of this register was altered outside ROPA Desktop: an entry was inserted at entry %1.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: bij vermelding %1 is een vermelding ingevoegd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="38"/>
        <source>The change log of this register was altered outside ROPA Desktop: entry %1 does not follow the entry before it (one was removed, inserted or moved).</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: vermelding %1 sluit niet aan op de vermelding ervoor (er is er een verwijderd, ingevoegd of verplaatst).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="44"/>
        <source>The change log of this register was altered outside ROPA Desktop: entry %1 is not the last entry that was recorded.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: vermelding %1 is niet de laatste vermelding die werd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="49"/>
        <source>The change log of this register was altered outside ROPA Desktop: entry %1 and any after it are missing.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast: vermelding %1 en alle volgende ontbreken.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="53"/>
        <source>The change log of this register was altered outside ROPA Desktop at entry %1.</source>
        <translation>Het wijzigingslogboek van dit register is buiten ROPA Desktop aangepast bij vermelding %1.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="62"/>
        <source>ROPA Desktop could not read the register&apos;s change log to check it.</source>
        <translation>ROPA Desktop kon het wijzigingslogboek van het register niet lezen om het te controleren.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="64"/>
        <source>Every change made with ROPA Desktop is recorded in the register&apos;s change log, and each entry is sealed together with the entry before it. The seal no longer matches, so the history from this entry on cannot be relied upon as evidence. Another program, such as a database tool, changed the log, or the file was damaged. The register&apos;s content itself is shown as it is now.</source>
        <translation>Elke wijziging die met ROPA Desktop wordt gemaakt, wordt vastgelegd in het wijzigingslogboek van het register, en elke vermelding is verzegeld samen met de vermelding ervoor. Die verzegeling klopt niet meer, dus de geschiedenis vanaf deze vermelding kan niet meer als bewijs dienen. Een ander programma, zoals een databasehulpmiddel, heeft het logboek gewijzigd, of het bestand is beschadigd. De inhoud van het register zelf wordt getoond zoals die nu is.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="79"/>
        <source>The entry was recorded on %1.</source>
        <translation>De vermelding is vastgelegd op %1.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="83"/>
        <source>To check the register yourself, or to let your IT department check a copy of it, run:

    ropa verify &quot;%1&quot;

Keep a copy of the file as it is now, and compare it with a backup to find out what was changed.</source>
        <translation>Om het register zelf te controleren, of een kopie ervan door uw IT-afdeling te laten controleren, voert u uit:

    ropa verify &quot;%1&quot;

Bewaar een kopie van het bestand zoals het nu is, en vergelijk die met een back-up om te zien wat er is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="96"/>
        <source>The change log was altered</source>
        <translation>Het wijzigingslogboek is aangepast</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="181"/>
        <source>The change log of this register could not be checked.</source>
        <translation>Het wijzigingslogboek van dit register kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="189"/>
        <source>How to check…</source>
        <translation>Zelf controleren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/log_banner.py" line="191"/>
        <source>What this means, and how to check the register with ropa verify</source>
        <translation>Wat dit betekent, en hoe u het register controleert met ropa verify</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="113"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="266"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="114"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="267"/>
        <source>Show or hide the Problems panel</source>
        <translation>Het paneel Problemen tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="138"/>
        <source>A save that was interrupted last time was rolled back; everything saved before it is in the register.</source>
        <translation>Een opslag die de vorige keer werd onderbroken is teruggedraaid; alles wat daarvoor is opgeslagen staat in het register.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="296"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="299"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="305"/>
        <source>Include compliance &amp;findings in exports</source>
        <translation>&amp;Bevindingen van de nalevingscontrole meenemen in exports</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="313"/>
        <source>Include in&amp;ternal notes in the PDF dossier</source>
        <translation>In&amp;terne notities meenemen in het PDF-dossier</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="316"/>
        <source>Include internal notes in the Excel &amp;workbook</source>
        <translation>Interne notities meenemen in de Excel-&amp;werkmap</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="322"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="326"/>
        <source>&amp;Open register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="333"/>
        <source>Open &amp;server register…</source>
        <translation>Register op een &amp;server openen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="337"/>
        <source>Open the &amp;demo register</source>
        <translation>&amp;Demoregister openen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="341"/>
        <source>&amp;Export statement…</source>
        <translation>Verklaring &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="345"/>
        <source>Export register as E&amp;xcel…</source>
        <translation>Register exporteren als E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="349"/>
        <source>Export register as &amp;PDF…</source>
        <translation>Register exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="354"/>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="361"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="96"/>
        <source>The form has unsaved changes: save or revert them first, then undo or redo.</source>
        <translation>Het formulier heeft niet-opgeslagen wijzigingen: sla ze eerst op of zet ze terug, en maak dan ongedaan of voer opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="108"/>
        <source>&amp;Undo typing</source>
        <translation>&amp;Typen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="110"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="115"/>
        <source>&amp;Redo typing</source>
        <translation>Typen opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="117"/>
        <source>&amp;Redo %1</source>
        <translation>%1 opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="79"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/undo_actions.py" line="88"/>
        <source>Redone: %1</source>
        <translation>Opnieuw uitgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="384"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="390"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="393"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="396"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="399"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="404"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="407"/>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="410"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="412"/>
        <source>&amp;Revert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="424"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="431"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="437"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="439"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="444"/>
        <source>&amp;Compliance rules</source>
        <translation>&amp;Nalevingsregels</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="446"/>
        <source>&amp;About ROPA Desktop</source>
        <translation>&amp;Over ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="490"/>
        <source>Register written to %1</source>
        <translation>Register opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="554"/>
        <source>Imported from %1</source>
        <translation>Geïmporteerd uit %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="592"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="634"/>
        <source>Checks failed</source>
        <translation>Controle mislukt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="735"/>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="268"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="742"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="270"/>
        <location filename="../../ropa_desktop/gui/main_window.py" line="745"/>
        <source>Open the register for editing here, once the other window has closed it</source>
        <translation>Het register hier openen om te bewerken, zodra het andere venster het heeft gesloten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="377"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="416"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Lijst filteren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="441"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="449"/>
        <source>Save a cop&amp;y…</source>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="452"/>
        <source>Print &amp;statement…</source>
        <translation>&amp;Verklaring afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="455"/>
        <source>Print register (dossier)…</source>
        <translation>Register afdrukken (dossier)…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="508"/>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="756"/>
        <source>The register is open for editing in this window.</source>
        <translation>Het register is in dit venster geopend om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="760"/>
        <source>The register is still open in another window.</source>
        <translation>Het register is nog geopend in een ander venster.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="778"/>
        <source>Reloaded: the register was changed by another program</source>
        <translation>Opnieuw geladen: het register is door een ander programma gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="783"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="788"/>
        <source>Undo or redo failed</source>
        <translation>Ongedaan maken of opnieuw uitvoeren mislukt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="789"/>
        <source>The undo history was cleared.</source>
        <translation>De geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="862"/>
        <source>Read-only: another window has this register open. Close it there, then choose Try again.</source>
        <translation>Alleen-lezen: een ander venster heeft dit register geopend. Sluit het daar en kies dan Opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/main_window.py" line="867"/>
        <source>Read-only: %1 on %2 has had this register open since %3. Close it there, then choose Try again.</source>
        <translation>Alleen-lezen: %1 op %2 heeft dit register sinds %3 geopend. Sluit het daar en kies dan Opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="39"/>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="57"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="40"/>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="58"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="41"/>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="59"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="43"/>
        <location filename="../../ropa_desktop/gui/edit_actions.py" line="60"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="35"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="45"/>
        <source>e.g. Anna de Vries, privacy officer</source>
        <translation>bijv. Anna de Vries, privacy officer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="51"/>
        <source>Recorded with every change you make. Your login name is always recorded too.</source>
        <translation>Wordt vastgelegd bij elke wijziging die u maakt. Uw inlognaam wordt altijd ook vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="56"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/preferences.py" line="57"/>
        <source>Your name in the change log</source>
        <translation>Uw naam in het wijzigingslogboek</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="109"/>
        <source>the printer did not accept the document</source>
        <translation>de printer heeft het document niet aangenomen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="158"/>
        <source>Print statement</source>
        <translation>Verklaring afdrukken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="159"/>
        <source>Preparing the statement for printing…</source>
        <translation>De verklaring wordt klaargemaakt om af te drukken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="170"/>
        <source>Print register (dossier)</source>
        <translation>Register afdrukken (dossier)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="171"/>
        <source>Preparing the dossier for printing…</source>
        <translation>Het dossier wordt klaargemaakt om af te drukken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="202"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="210"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/printing.py" line="211"/>
        <source>The document could not be printed: %1</source>
        <translation>Het document kon niet worden afgedrukt: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="15"/>
        <source>This purpose needs a legal basis (Art. 6(1)).</source>
        <translation>Dit doel heeft een grondslag nodig (art. 6 lid 1).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="16"/>
        <source>Describe the legitimate interest this purpose relies on (Art. 13(1)(d)).</source>
        <translation>Beschrijf het gerechtvaardigde belang waarop dit doel steunt (art. 13 lid 1 onder d).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="19"/>
        <source>This country has no adequacy decision: choose a transfer tool (Art. 46 or 49).</source>
        <translation>Voor dit land is er geen adequaatheidsbesluit: kies een doorgifte-instrument (art. 46 of 49).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="22"/>
        <source>Choose the country the data goes to.</source>
        <translation>Kies het land waar de gegevens naartoe gaan.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="23"/>
        <source>As processor, name the controller(s) we process for (Art. 30(2)(a)).</source>
        <translation>Noem als verwerker de verwerkingsverantwoordelijke(n) voor wie wij verwerken (art. 30 lid 2 onder a).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="26"/>
        <source>Give the activity a name.</source>
        <translation>Geef de activiteit een naam.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="27"/>
        <source>This text is too long to be saved: at most %1 characters.</source>
        <translation>Deze tekst is te lang om op te slaan: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problem_texts.py" line="30"/>
        <source>This text holds a character that cannot be saved (%1): remove it.</source>
        <translation>Deze tekst bevat een teken dat niet kan worden opgeslagen (%1): verwijder het.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/navigation_model.py" line="28"/>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/navigation_model.py" line="30"/>
        <source>%1 errors</source>
        <translation>%1 fouten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/navigation_model.py" line="33"/>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/navigation_model.py" line="35"/>
        <source>%1 warnings</source>
        <translation>%1 waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="66"/>
        <source>No problems</source>
        <translation>Geen problemen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="220"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="231"/>
        <source>Show errors: the register breaks a rule of the law</source>
        <translation>Fouten tonen: het register is in strijd met een regel van de wet</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="232"/>
        <source>Show warnings: probably wrong, or missing where the law asks for it where possible</source>
        <translation>Waarschuwingen tonen: waarschijnlijk onjuist, of iets ontbreekt dat de wet waar mogelijk vraagt</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="235"/>
        <source>Show information: worth knowing</source>
        <translation>Informatie tonen: goed om te weten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="252"/>
        <source>Search problems…</source>
        <translation>Problemen zoeken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="327"/>
        <source>Checking the register…</source>
        <translation>Het register wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="346"/>
        <source>These rules could not be applied: %1</source>
        <translation>Deze regels konden niet worden toegepast: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="367"/>
        <source>The checks could not run: %1</source>
        <translation>De controle kon niet worden uitgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="408"/>
        <source>Errors (%1)</source>
        <translation>Fouten (%1)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="409"/>
        <source>Warnings (%1)</source>
        <translation>Waarschuwingen (%1)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="410"/>
        <source>Info (%1)</source>
        <translation>Informatie (%1)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="425"/>
        <source>The checks found nothing to improve.</source>
        <translation>De controle heeft niets gevonden dat beter kan.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="427"/>
        <source>Double-click a problem (or press Enter) to open the item and the field to fix.</source>
        <translation>Dubbelklik op een probleem (of druk op Enter) om het item en het veld te openen dat moet worden aangepast.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_dock.py" line="442"/>
        <source>About this rule</source>
        <translation>Over deze regel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="45"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="46"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="47"/>
        <source>Info</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="310"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="311"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="312"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="313"/>
        <source>Reference</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/problems_model.py" line="314"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/rules_dialog.py" line="18"/>
        <source>Compliance rules</source>
        <translation>Nalevingsregels</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/rules_dialog.py" line="36"/>
        <source>The rule reference could not be made: %1</source>
        <translation>Het overzicht van de regels kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/item_table_model.py" line="180"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
</context>
<context>
    <name>Publications</name>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="60"/>
        <source>Export publication</source>
        <translation>Publicatie exporteren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="70"/>
        <source>Publications of the privacy statement</source>
        <translation>Publicaties van de privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="72"/>
        <source>Each publication keeps the statement as it was published, in HTML and PDF, in every language. The statement&apos;s “Last modified” date is that of the last publication.</source>
        <translation>Elke publicatie bewaart de verklaring zoals zij is gepubliceerd, in HTML en PDF, in elke taal. De datum ‘Laatste wijziging’ in de verklaring is die van de laatste publicatie.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="83"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="84"/>
        <source>Published on</source>
        <translation>Gepubliceerd op</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="85"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="86"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="87"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="95"/>
        <source>Publish the statement now</source>
        <translation>Verklaring nu publiceren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="97"/>
        <source>Export as published…</source>
        <translation>Exporteren zoals gepubliceerd…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="122"/>
        <source>published despite errors</source>
        <translation>gepubliceerd ondanks fouten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="150"/>
        <source>Publishing the statement…</source>
        <translation>De verklaring wordt gepubliceerd…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="169"/>
        <source>Not published</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="170"/>
        <source>The statement could not be published: %1</source>
        <translation>De verklaring kon niet worden gepubliceerd: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="191"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/publications_dialog.py" line="192"/>
        <source>The publication could not be written: %1</source>
        <translation>De publicatie kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ropa_desktop/gui/qt_texts.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/qt_texts.py" line="23"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/qt_texts.py" line="24"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/qt_texts.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/qt_texts.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="22"/>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="37"/>
        <source>%1-copy</source>
        <translation>%1-kopie</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="29"/>
        <source>That name is a link to another file, so no copy was written there: choose another name.</source>
        <translation>Die naam is een koppeling naar een ander bestand, dus daar is geen kopie geschreven: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="32"/>
        <source>That is the open register itself, so no copy was written: choose another name.</source>
        <translation>Dat is het geopende register zelf, dus er is geen kopie geschreven: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="58"/>
        <source>Saving a copy of the register…</source>
        <translation>Een kopie van het register wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="68"/>
        <source>The copy could not be written: %1</source>
        <translation>De kopie kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/register_copy.py" line="69"/>
        <source>No copy saved</source>
        <translation>Geen kopie opgeslagen</translation>
    </message>
</context>
<context>
    <name>RoleBanner</name>
    <message>
        <location filename="../../ropa_desktop/gui/role_banner.py" line="18"/>
        <source>You are connected as ‘%1’, who may read this register but not change it (role reader).</source>
        <translation>U bent verbonden als ‘%1’, die dit register mag lezen maar niet wijzigen (rol reader: lezer).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/role_banner.py" line="31"/>
        <source>You are connected as ‘%1’ (role editor): only an approver or admin may approve activities, establish a version or publish the statement.</source>
        <translation>U bent verbonden als ‘%1’ (rol editor: bewerker): alleen een goedkeurder (approver) of beheerder (admin) mag activiteiten vaststellen, een versie vaststellen of de verklaring publiceren.</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <location filename="../../ropa_desktop/gui/save_retry.py" line="34"/>
        <source>The server cannot be reached. Your changes are kept here and will be saved as soon as it is back.</source>
        <translation>De server is niet bereikbaar. Uw wijzigingen blijven hier bewaard en worden opgeslagen zodra hij weer bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/save_retry.py" line="40"/>
        <source>The server is back and your changes are saved.</source>
        <translation>De server is weer bereikbaar en uw wijzigingen zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SearchEverything</name>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="34"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="39"/>
        <source>Search every text of every item, in every language</source>
        <translation>Zoek in elke tekst van elk item, in elke taal</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="99"/>
        <source>Reading the register…</source>
        <translation>Het register wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="125"/>
        <source>The register could not be read for searching: %1</source>
        <translation>Het register kon niet worden gelezen om te zoeken: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="151"/>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="155"/>
        <source>1 item found</source>
        <translation>1 item gevonden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_everything.py" line="157"/>
        <source>%1 items found</source>
        <translation>%1 items gevonden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/history_texts.py" line="57"/>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="38"/>
        <source>Own wording</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="44"/>
        <source>Offices</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="52"/>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="56"/>
        <source>%1, row %2</source>
        <translation>%1, rij %2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="139"/>
        <source>%1 (%2 of %3 listed)</source>
        <translation>%1 (%2 van %3 getoond)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="152"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="153"/>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/search_results_model.py" line="154"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>ServerConnectionEditor</name>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="43"/>
        <source>Edit server connection</source>
        <translation>Serververbinding bewerken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="45"/>
        <source>Add server connection</source>
        <translation>Serververbinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="51"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="90"/>
        <source>Kept in the keyring; type to change it</source>
        <translation>Bewaard in de sleutelbos; typ om het te wijzigen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="107"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="108"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="109"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="110"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="111"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="112"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="114"/>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="141"/>
        <source>Another saved connection has this name.</source>
        <translation>Een andere opgeslagen verbinding heeft deze naam al.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_connection_editor.py" line="150"/>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="38"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="39"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="40"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="41"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="42"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="43"/>
        <source>TLS (sslmode)</source>
        <translation>TLS (sslmode)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="99"/>
        <source>Open server register</source>
        <translation>Register op een server openen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="107"/>
        <source>A register a team shares lives in a PostgreSQL database. Choose a saved connection, or add one with the details your administrator gave you.</source>
        <translation>Een register dat een team deelt, staat in een PostgreSQL-database. Kies een opgeslagen verbinding, of voeg er een toe met de gegevens die u van uw beheerder kreeg.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="116"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="117"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="118"/>
        <source>&amp;Remove</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="134"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="184"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="215"/>
        <source>Kept in the keyring</source>
        <translation>Bewaard in de sleutelbos</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_dialog.py" line="257"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="14"/>
        <source>No TLS: the password and the register travel unencrypted. Only on a network you trust.</source>
        <translation>Geen TLS: het wachtwoord en het register gaan onversleuteld over het netwerk. Alleen op een netwerk dat u vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="17"/>
        <source>TLS only when the server insists on it; otherwise unencrypted.</source>
        <translation>Alleen TLS als de server erom vraagt; anders onversleuteld.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="18"/>
        <source>TLS when the server offers it, else unencrypted; the server&apos;s certificate is not checked.</source>
        <translation>TLS als de server het aanbiedt, anders onversleuteld; het certificaat van de server wordt niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="21"/>
        <source>Always TLS; the server&apos;s certificate is not checked.</source>
        <translation>Altijd TLS; het certificaat van de server wordt niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="22"/>
        <source>Always TLS, and the server&apos;s certificate must be signed by an authority this computer trusts.</source>
        <translation>Altijd TLS, en het certificaat van de server moet ondertekend zijn door een instantie die deze computer vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="26"/>
        <source>Always TLS, with a trusted certificate that names this host: the safest choice.</source>
        <translation>Altijd TLS, met een vertrouwd certificaat dat op deze host staat: de veiligste keuze.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="34"/>
        <source>Passwords are kept in the system&apos;s keyring, never in the settings file.</source>
        <translation>Wachtwoorden worden bewaard in de sleutelbos van het systeem, nooit in het instellingenbestand.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="35"/>
        <source>No keyring is available on this computer, so passwords are not saved: type the password each time you connect.</source>
        <translation>Op deze computer is geen sleutelbos beschikbaar, dus wachtwoorden worden niet bewaard: typ het wachtwoord elke keer dat u verbinding maakt.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="46"/>
        <source>The server refused the user name or the password.</source>
        <translation>De server weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="49"/>
        <source>The server %1 cannot be reached on port %2; check the host name and the port, and that the server is running.</source>
        <translation>De server %1 is niet bereikbaar op poort %2; controleer de hostnaam en de poort, en of de server draait.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="58"/>
        <source>The server has no database named “%1”.</source>
        <translation>De server heeft geen database met de naam “%1”.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="60"/>
        <source>The connection could not be secured as the TLS setting “%1” asks; check the setting with the server&apos;s administrator.</source>
        <translation>De verbinding kon niet worden beveiligd zoals de TLS-instelling “%1” vraagt; controleer de instelling met de beheerder van de server.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="66"/>
        <source>The database “%1” holds no ROPA Desktop register.</source>
        <translation>De database “%1” bevat geen ROPA Desktop-register.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="70"/>
        <source>This register was written by a newer version of ROPA Desktop; update the program to open it.</source>
        <translation>Dit register is geschreven door een nieuwere versie van ROPA Desktop; werk het programma bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="75"/>
        <source>The user “%1” may not read this register; ask the server&apos;s administrator for access.</source>
        <translation>De gebruiker “%1” mag dit register niet lezen; vraag de beheerder van de server om toegang.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="79"/>
        <source>The PostgreSQL driver (psycopg) is missing from this installation of ROPA Desktop.</source>
        <translation>De PostgreSQL-driver (psycopg) ontbreekt in deze installatie van ROPA Desktop.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="82"/>
        <source>The register on the server could not be opened (%1).</source>
        <translation>Het register op de server kon niet worden geopend (%1).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="89"/>
        <source>Connected: the database holds a ROPA Desktop register.</source>
        <translation>Verbonden: de database bevat een ROPA Desktop-register.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/server_texts.py" line="90"/>
        <source>Connected, but the database holds no ROPA Desktop register yet.</source>
        <translation>Verbonden, maar de database bevat nog geen ROPA Desktop-register.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="24"/>
        <source>Welcome to ROPA Desktop</source>
        <translation>Welkom bij ROPA Desktop</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="27"/>
        <source>&lt;h3&gt;Your record of processing activities&lt;/h3&gt;&lt;p&gt;Keep the register of Art. 30 GDPR and publish your privacy statement from it.&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uw register van de verwerkingsactiviteiten&lt;/h3&gt;&lt;p&gt;Houd het register van art. 30 AVG bij en publiceer daaruit uw privacyverklaring.&lt;/p&gt;&lt;p&gt;Hoe wilt u beginnen?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="40"/>
        <source>Explore the demo register (Connaxis, a real statement from 2018)</source>
        <translation>Het demoregister verkennen (Connaxis, een echte privacyverklaring uit 2018)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="41"/>
        <source>Start a new register for my organisation…</source>
        <translation>Een nieuw register beginnen voor mijn organisatie…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="42"/>
        <source>Start from the spreadsheet I keep my register in now…</source>
        <translation>Beginnen met de spreadsheet waarin ik mijn register nu bijhoud…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="43"/>
        <source>Open a register file…</source>
        <translation>Een registerbestand openen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/start_dialog.py" line="44"/>
        <source>Open a register my team shares on a server…</source>
        <translation>Een register openen dat mijn team op een server deelt…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../../ropa_desktop/gui/phrase_table_model.py" line="22"/>
        <source>Phrase</source>
        <translation>Zinsdeel</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/phrase_table_model.py" line="23"/>
        <source>Standard wording</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/phrase_table_model.py" line="24"/>
        <source>Own wording</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="62"/>
        <source>Export statement</source>
        <translation>Verklaring exporteren</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="83"/>
        <source>Export statement…</source>
        <translation>Verklaring exporteren…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="86"/>
        <source>Publications…</source>
        <translation>Publicaties…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="89"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="105"/>
        <source>&lt;b&gt;Art. 13/14 check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controle art. 13/14&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="113"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="114"/>
        <source>Wording</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="150"/>
        <source>Save wording</source>
        <translation>Tekst opslaan</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="152"/>
        <source>Use the standard wording</source>
        <translation>Standaardtekst gebruiken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="160"/>
        <source>Every sentence of the statement comes from these phrases. Give a phrase this register&apos;s own wording, or keep the standard one.</source>
        <translation>Elke zin van de verklaring komt uit deze zinsdelen. Geef een zinsdeel een eigen tekst voor dit register, of houd de standaardtekst.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="194"/>
        <source>Standard: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="198"/>
        <source>Placeholders: %1</source>
        <translation>Invulvelden: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="214"/>
        <source>Change statement wording “%1”</source>
        <translation>Tekst “%1” van de verklaring wijzigen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="223"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="245"/>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="281"/>
        <source>Making the preview…</source>
        <translation>Het voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="371"/>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="404"/>
        <source>Exporting the statement…</source>
        <translation>De verklaring wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="414"/>
        <source>Statement written to %1</source>
        <translation>Verklaring opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="422"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_page.py" line="423"/>
        <source>The statement could not be written: %1</source>
        <translation>De verklaring kon niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="71"/>
        <source>Find a section or activity</source>
        <translation>Zoek een onderdeel of verwerkingsactiviteit</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="84"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="86"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="175"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="200"/>
        <source>Making the preview… %p%</source>
        <translation>Voorbeeld wordt gemaakt… %p%</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="205"/>
        <source>Make the preview</source>
        <translation>Voorbeeld maken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/statement_preview.py" line="229"/>
        <source>The preview was cancelled; it is made again after the next change.</source>
        <translation>Het maken van het voorbeeld is geannuleerd; het wordt opnieuw gemaakt na de volgende wijziging.</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="47"/>
        <source>Show &amp;all changes</source>
        <translation>&amp;Alle wijzigingen tonen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="49"/>
        <source>&amp;Establish version…</source>
        <translation>Versie &amp;vaststellen…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="51"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="52"/>
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gelijken…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="53"/>
        <source>&amp;Show the register as it was on…</source>
        <translation>Het register &amp;tonen zoals het was op…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="68"/>
        <source>This register is open read-only: no version can be established.</source>
        <translation>Dit register is alleen-lezen geopend: er kan geen versie worden vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="70"/>
        <source>Only whoever may approve activities can establish a version (on a server register: the approver role).</source>
        <translation>Alleen wie activiteiten mag goedkeuren, kan een versie vaststellen (in een serverregister: de rol van goedkeurder).</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="81"/>
        <source>Freeze the register as it is now as a named version</source>
        <translation>Het register zoals het nu is vastleggen als versie met een naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/version_actions.py" line="92"/>
        <source>Established as %1.</source>
        <translation>Vastgesteld als %1.</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../ropa_desktop/gui/export_changes.py" line="60"/>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="150"/>
        <source>Start of the history (%1)</source>
        <translation>Begin van de geschiedenis (%1)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/export_changes.py" line="62"/>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="152"/>
        <source>Version %1 “%2” (%3)</source>
        <translation>Versie %1 “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="53"/>
        <source>the start of the history</source>
        <translation>het begin van de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="54"/>
        <source>version %1 “%2”</source>
        <translation>versie %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="78"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="100"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/moment_choice.py" line="103"/>
        <source>A date and time…</source>
        <translation>Een datum en tijd…</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="39"/>
        <source>Established versions</source>
        <translation>Vastgestelde versies</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="41"/>
        <source>Each version is the register as it was established. Select one to compare it with now or to open it read-only; select two to compare them.</source>
        <translation>Elke versie is het register zoals het is vastgesteld. Kies er een om die met nu te vergelijken of alleen-lezen te openen; kies er twee om ze met elkaar te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="52"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="54"/>
        <source>Established on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="55"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="64"/>
        <source>Compare with now</source>
        <translation>Vergelijken met nu</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="65"/>
        <source>Compare the two selected</source>
        <translation>De twee gekozen vergelijken</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="66"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../ropa_desktop/gui/versions_dialog.py" line="98"/>
        <source>Start of the history</source>
        <translation>Begin van de geschiedenis</translation>
    </message>
</context>
</TS>
