<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>{done} of %Ln packages imported.</source>
        <translation>
            <numerusform>{done} of %Ln package imported.</numerusform>
            <numerusform>{done} of %Ln packages imported.</numerusform>
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
        <source>Package written: {file} (%Ln activities).</source>
        <translation>
            <numerusform>Package written: {file} (%Ln activity).</numerusform>
            <numerusform>Package written: {file} (%Ln activities).</numerusform>
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
