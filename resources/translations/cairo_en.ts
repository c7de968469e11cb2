<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Import cancelled during {file}: it and the packages after it were not imported. Packages finished before it: %Ln (imported or refused as the preview showed).</source>
        <translation>
            <numerusform>Import cancelled during {file}: it and the packages after it were not imported. Packages finished before it: %Ln (imported or refused as the preview showed).</numerusform>
            <numerusform>Import cancelled during {file}: it and the packages after it were not imported. Packages finished before it: %Ln (imported or refused as the preview showed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln packages imported.</source>
        <translation>
            <numerusform>{done} of %Ln package imported.</numerusform>
            <numerusform>{done} of %Ln packages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had already been imported; importing again changed nothing.</source>
        <translation>
            <numerusform>%Ln had already been imported; importing it again changed nothing.</numerusform>
            <numerusform>%Ln had already been imported; importing them again changed nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve: Sync, Conflicts.</source>
        <translation>
            <numerusform>%Ln conflict to resolve: Sync, Conflicts.</numerusform>
            <numerusform>%Ln conflicts to resolve: Sync, Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages were refused; nothing was imported from them. Their reasons, file by file, are in the details.</source>
        <translation>
            <numerusform>%Ln package was refused; nothing was imported from it. Its reasons are in the details.</numerusform>
            <numerusform>%Ln packages were refused; nothing was imported from them. Their reasons, file by file, are in the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written: {file} (%Ln activities).</source>
        <translation>
            <numerusform>Package written: {file} (%Ln activity).</numerusform>
            <numerusform>Package written: {file} (%Ln activities).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>+ %Ln more value(s)</source>
        <translation>
            <numerusform>+ %Ln more value</numerusform>
            <numerusform>+ %Ln more values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%Ln activities in the current selection</source>
        <translation>
            <numerusform>%Ln activity in the current selection</numerusform>
            <numerusform>%Ln activities in the current selection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln fields were changed differently here and at the sender; after the import, choose which values to keep under Sync, Conflicts.</source>
        <translation>
            <numerusform>%Ln field was changed differently here and at the sender; after the import, choose which value to keep under Sync, Conflicts.</numerusform>
            <numerusform>%Ln fields were changed differently here and at the sender; after the import, choose which values to keep under Sync, Conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{shown} of %Ln activities</source>
        <translation>
            <numerusform>{shown} of %Ln activity</numerusform>
            <numerusform>{shown} of %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts waiting</source>
        <translation>
            <numerusform>%Ln conflict waiting</numerusform>
            <numerusform>%Ln conflicts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
</TS>
