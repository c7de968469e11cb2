<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>لم يُعدّ بعد</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Select an activity in the list, or press Ctrl+N to record a new one.</source>
        <translation>اختر نشاطاً من القائمة، أو اضغط Ctrl+N لتسجيل نشاط جديد.</translation>
    </message>
    <message>
        <source>This activity has been deleted; it is shown as it was.</source>
        <translation>تم حذف هذا النشاط؛ يُعرض كما كان.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorForm</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Action of the plan:</source>
        <translation>إجراء الخطة:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>لغة النصوص:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Other &amp;actions served:</source>
        <translation>إجراءات أخرى يخدمها:</translation>
    </message>
    <message>
        <source>Cross-cutting approaches applied</source>
        <translation>النُّهُج الشاملة المطبّقة</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>متى وأين</translation>
    </message>
    <message>
        <source>&amp;Planned start:</source>
        <translation>البدء المخطط:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>الانتهاء المخطط:</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>البدء الفعلي:</translation>
    </message>
    <message>
        <source>Actual e&amp;nd:</source>
        <translation>الانتهاء الفعلي:</translation>
    </message>
    <message>
        <source>&amp;Region / province:</source>
        <translation>الإقليم / الولاية:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>&amp;Countries and their role on the route:</source>
        <translation>البلدان ودورها على طريق الهجرة:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>Partners and budget</source>
        <translation>الشركاء والميزانية</translation>
    </message>
    <message>
        <source>&amp;Organisations and their role:</source>
        <translation>المنظمات ودورها:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Type the number of people per population group, sex and age band. Totals update as you type; leave a cell empty when the number is not known.</source>
        <translation>أدخل عدد الأشخاص حسب الفئة السكانية والجنس والفئة العمرية. تتحدّث المجاميع أثناء الكتابة؛ اترك الخانة فارغة إذا كان العدد غير معروف.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين تم الوصول إليهم</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>الأشخاص المستهدفون</translation>
    </message>
    <message>
        <source>Total people reached (if known):</source>
        <translation>إجمالي الأشخاص الذين تم الوصول إليهم (إن كان معروفاً):</translation>
    </message>
    <message>
        <source>Total people targeted (if known):</source>
        <translation>إجمالي الأشخاص المستهدفين (إن كان معروفاً):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص الذين تم الوصول إليهم</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <source>Conflict {id} is no longer open: it was settled meanwhile (in another window, from the command line or by an import).</source>
        <translation>لم يعد التعارض {id} مفتوحًا: فقد سُوّي في هذه الأثناء (في نافذة أخرى، أو من سطر الأوامر، أو باستيراد).</translation>
    </message>
    <message>
        <source>Conflict {id} was already settled by a later change.</source>
        <translation>سُوّي التعارض {id} من قبل بتغيير لاحق.</translation>
    </message>
    <message>
        <source>Activity {id} was changed since you opened it (you had version {old}, it is now {new}), by an import or in another window. Open it again from the list and make your change again.</source>
        <translation>عُدِّل النشاط {id} منذ أن فتحته (كانت لديك النسخة {old}، وهي الآن {new})، باستيراد أو في نافذة أخرى. افتحه من جديد من القائمة وأعد إجراء تعديلك.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cairo Desktop</source>
        <translation>Cairo Desktop</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Sync packages (*.xlsx);;All files (*)</source>
        <translation>حزم المزامنة (*.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>جارٍ فحص الحزم…</translation>
    </message>
    <message>
        <source>Importing the packages…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled during {file}: it and the packages after it were not imported. Packages finished before it: %Ln (imported or refused as the preview showed).</source>
        <translation>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
            <numerusform>أُلغي الاستيراد أثناء {file}: لم تُستورد هذه الحزمة ولا الحزم التي بعدها. الحزم التي اكتملت قبلها: %Ln (استُوردت أو رُفضت كما أظهرت المعاينة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had already been imported; importing again changed nothing.</source>
        <translation>
            <numerusform>%Ln حزمة كانت مستوردة من قبل؛ ولم تغيّر إعادة استيرادها شيئًا.</numerusform>
            <numerusform>حزمة واحدة كانت مستوردة من قبل؛ ولم تغيّر إعادة استيرادها شيئًا.</numerusform>
            <numerusform>حزمتان كانتا مستوردتين من قبل؛ ولم تغيّر إعادة استيرادهما شيئًا.</numerusform>
            <numerusform>%Ln حزم كانت مستوردة من قبل؛ ولم تغيّر إعادة استيرادها شيئًا.</numerusform>
            <numerusform>%Ln حزمة كانت مستوردة من قبل؛ ولم تغيّر إعادة استيرادها شيئًا.</numerusform>
            <numerusform>%Ln حزمة كانت مستوردة من قبل؛ ولم تغيّر إعادة استيرادها شيئًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>تم الاستيراد، مع تحذير</translation>
    </message>
    <message>
        <source>Some packages were refused</source>
        <translation>رُفضت بعض الحزم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages were refused; nothing was imported from them. Their reasons, file by file, are in the details.</source>
        <translation>
            <numerusform>رُفضت %Ln حزمة؛ ولم يُستورد منها شيء. أسباب رفضها، ملفًا ملفًا، في التفاصيل.</numerusform>
            <numerusform>رُفضت حزمة واحدة؛ ولم يُستورد منها شيء. أسباب رفضها في التفاصيل.</numerusform>
            <numerusform>رُفضت حزمتان؛ ولم يُستورد منهما شيء. أسباب رفضهما، ملفًا ملفًا، في التفاصيل.</numerusform>
            <numerusform>رُفضت %Ln حزم؛ ولم يُستورد منها شيء. أسباب رفضها، ملفًا ملفًا، في التفاصيل.</numerusform>
            <numerusform>رُفضت %Ln حزمة؛ ولم يُستورد منها شيء. أسباب رفضها، ملفًا ملفًا، في التفاصيل.</numerusform>
            <numerusform>رُفضت %Ln حزمة؛ ولم يُستورد منها شيء. أسباب رفضها، ملفًا ملفًا، في التفاصيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Sync packages (*.xlsx)</source>
        <translation>حزم المزامنة (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln packages imported.</source>
        <translation>
            <numerusform>تم استيراد {done} من %Ln حزمة.</numerusform>
            <numerusform>تم استيراد {done} من حزمة واحدة.</numerusform>
            <numerusform>تم استيراد {done} من حزمتين.</numerusform>
            <numerusform>تم استيراد {done} من %Ln حزم.</numerusform>
            <numerusform>تم استيراد {done} من %Ln حزمة.</numerusform>
            <numerusform>تم استيراد {done} من %Ln حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve: Sync, Conflicts.</source>
        <translation>
            <numerusform>لا تعارضات يجب حلّها: قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>تعارض واحد يجب حلّه: قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>تعارضان يجب حلّهما: قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln تعارضات يجب حلّها: قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln تعارضًا يجب حلّها: قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln تعارض يجب حلّها: قائمة «مزامنة» ثم «التعارضات».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written: {file} (%Ln activities).</source>
        <translation>
            <numerusform>تمت كتابة الحزمة: {file} (لا أنشطة).</numerusform>
            <numerusform>تمت كتابة الحزمة: {file} (نشاط واحد).</numerusform>
            <numerusform>تمت كتابة الحزمة: {file} (نشاطان).</numerusform>
            <numerusform>تمت كتابة الحزمة: {file} (%Ln أنشطة).</numerusform>
            <numerusform>تمت كتابة الحزمة: {file} (%Ln نشاطًا).</numerusform>
            <numerusform>تمت كتابة الحزمة: {file} (%Ln نشاط).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Printed reports are not available in this version.</source>
        <translation>التقارير المطبوعة غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Activity sheet</source>
        <translation>بطاقة النشاط</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the activity sheet…</source>
        <translation>جارٍ كتابة بطاقة النشاط…</translation>
    </message>
    <message>
        <source>Activity sheet written: {file}</source>
        <translation>تمت كتابة بطاقة النشاط: {file}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>تعارضات يجب حلّها</translation>
    </message>
    <message>
        <source>The same field was changed differently in two places. For each row choose which value to keep, then press Resolve. Until then the app uses the value in bold.</source>
        <translation>عُدِّل الحقل نفسه بشكل مختلف في مكانين. اختر لكل صف القيمة التي تريد الاحتفاظ بها، ثم اضغط «حلّ». وإلى ذلك الحين يستخدم التطبيق القيمة المكتوبة بخط عريض.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>القيمة هنا</translation>
    </message>
    <message>
        <source>Incoming value</source>
        <translation>القيمة الواردة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more value(s)</source>
        <translation>
            <numerusform>+ لا قيم أخرى</numerusform>
            <numerusform>+ قيمة أخرى</numerusform>
            <numerusform>+ قيمتان أخريان</numerusform>
            <numerusform>+ %Ln قيم أخرى</numerusform>
            <numerusform>+ %Ln قيمة أخرى</numerusform>
            <numerusform>+ %Ln قيمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Also proposed by other edits made apart:
{values}
To keep one of these, settle the field either way, then edit the activity to write it.</source>
        <translation>اقترحتها أيضًا تعديلات أخرى أُجريت بشكل منفصل:
{values}
للإبقاء على إحدى هذه القيم، اختر لهذا الحقل أيًّا من القيمتين، ثم عدّل النشاط واكتبها فيه.</translation>
    </message>
    <message>
        <source>(decide later)</source>
        <translation>(القرار لاحقاً)</translation>
    </message>
    <message>
        <source>No conflicts to resolve: every imported change agrees with the changes made here.</source>
        <translation>لا توجد تعارضات لحلّها: كل تغيير مستورد يتّفق مع التغييرات التي أُجريت هنا.</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>لم يُختر شيء بعد</translation>
    </message>
    <message>
        <source>In the Keep column, choose for at least one row which value to keep (the value here or the incoming value), then press Resolve. Rows left on &quot;(decide later)&quot; stay open.</source>
        <translation>في عمود «الاحتفاظ بـ»، اختر لصف واحد على الأقل القيمة التي تريد الاحتفاظ بها (القيمة هنا أو القيمة الواردة)، ثم اضغط «حلّ». تبقى الصفوف المتروكة على «(القرار لاحقاً)» مفتوحة.</translation>
    </message>
    <message>
        <source>Some conflicts were not settled</source>
        <translation>لم تُحلّ بعض التعارضات</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… و%Ln غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle the whole activity?</source>
        <translation>هل تريد تسوية النشاط بأكمله؟</translation>
    </message>
    <message>
        <source>An activity&apos;s conflicts are settled together. These fields of the same activities are still on &quot;(decide later)&quot;; they will keep the value in bold:

{fields}

Resolve anyway? Press No to choose their values first.</source>
        <translation>تُسوّى تعارضات النشاط الواحد معًا. هذه الحقول من الأنشطة نفسها ما زالت على «(القرار لاحقاً)»؛ وستحتفظ بالقيمة المكتوبة بخط عريض:

{fields}

هل تريد التسوية على أي حال؟ اضغط «لا» لتختار قيمها أولًا.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cairo Desktop</source>
        <translation>Cairo Desktop</translation>
    </message>
    <message>
        <source>Something went wrong inside Cairo Desktop. Your saved data is safe and the application keeps working; the change you were making may not have been saved. The details were written to the log file:</source>
        <translation>حدث خطأ داخل Cairo Desktop. بياناتك المحفوظة سليمة والتطبيق يواصل العمل؛ ربما لم يُحفظ التعديل الذي كنت تقوم به. كُتبت التفاصيل في ملف السجل:</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%Ln activities in the current selection</source>
        <translation>
            <numerusform>لا أنشطة في التحديد الحالي</numerusform>
            <numerusform>نشاط واحد في التحديد الحالي</numerusform>
            <numerusform>نشاطان في التحديد الحالي</numerusform>
            <numerusform>%Ln أنشطة في التحديد الحالي</numerusform>
            <numerusform>%Ln نشاطًا في التحديد الحالي</numerusform>
            <numerusform>%Ln نشاط في التحديد الحالي</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities per domain and status</source>
        <translation>الأنشطة حسب المجال والحالة</translation>
    </message>
    <message>
        <source>People reached by sex and age</source>
        <translation>الأشخاص الذين تم الوصول إليهم حسب الجنس والعمر</translation>
    </message>
    <message>
        <source>Activities applying each cross-cutting approach (%)</source>
        <translation>الأنشطة التي تطبّق كل نهج شامل (%)</translation>
    </message>
    <message>
        <source>Share of the selected activities</source>
        <translation>نسبة الأنشطة المحددة</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>process {pid} on computer {host}</source>
        <translation>العملية {pid} على الحاسوب {host}</translation>
    </message>
    <message>
        <source>This database is already open in another copy of Cairo Desktop ({holder}). Close the other window first, or use that one. Database: {file}</source>
        <translation>قاعدة البيانات هذه مفتوحة بالفعل في نسخة أخرى من Cairo Desktop ({holder}). أغلق النافذة الأخرى أولاً، أو استخدمها. قاعدة البيانات: {file}</translation>
    </message>
    <message>
        <source>Cairo Desktop cannot create its lock file {file}. Check that the folder is writable.</source>
        <translation>لا يستطيع Cairo Desktop إنشاء ملف القفل {file}. تحقّق من إمكانية الكتابة في المجلد.</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Cannot read &quot;{value}&quot; as a date; type it as {iso}.</source>
        <translation>تعذّرت قراءة «{value}» كتاريخ؛ اكتبه بالشكل {iso}.</translation>
    </message>
    <message>
        <source>Cannot read &quot;{value}&quot; as a date; type it as {local} or {iso}.</source>
        <translation>تعذّرت قراءة «{value}» كتاريخ؛ اكتبه بالشكل {local} أو {iso}.</translation>
    </message>
    <message>
        <source>for example {local} or {iso}</source>
        <translation>مثلاً {local} أو {iso}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>اختر اليوم من التقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>إزالة هذا الصف</translation>
    </message>
</context>
<context>
    <name>EditorTexts</name>
    <message>
        <source>(choose an action)</source>
        <translation>(اختر إجراءً)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Role on the route</source>
        <translation>الدور على الطريق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>for example 25000</source>
        <translation>مثلاً 25000</translation>
    </message>
    <message>
        <source>leave empty to use the sum of the grid</source>
        <translation>اتركه فارغاً لاستخدام مجموع الجدول</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>New activity for office {office}</source>
        <translation>نشاط جديد للمكتب {office}</translation>
    </message>
    <message>
        <source>Activity {id} of office {office}, last changed {when} by {who}</source>
        <translation>النشاط {id} للمكتب {office}، آخر تعديل {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Not saved yet: correct the fields marked in red ({count}).</source>
        <translation>لم يُحفظ بعد: صحّح الحقول المعلّمة بالأحمر ({count}).</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>Delete this activity? It disappears from the list and from reports; its history is kept and the deletion travels to other offices with the next package.</source>
        <translation>حذف هذا النشاط؟ سيختفي من القائمة ومن التقارير؛ يُحتفظ بسجله وينتقل الحذف إلى المكاتب الأخرى مع الحزمة التالية.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <source>Choose the action of the plan this activity serves (for example 3.2).</source>
        <translation>اختر إجراء الخطة الذي يخدمه هذا النشاط (مثلاً 3.2).</translation>
    </message>
    <message>
        <source>A start date is required once an activity has started.</source>
        <translation>تاريخ البدء مطلوب بمجرد أن يبدأ النشاط.</translation>
    </message>
    <message>
        <source>The date {date} is not between 1900 and 2100; check the year.</source>
        <translation>التاريخ {date} ليس بين 1900 و2100؛ تحقّق من السنة.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>تاريخ الانتهاء ({end}) يسبق تاريخ البدء ({start}).</translation>
    </message>
    <message>
        <source>Say in which currency the budget is (for example EUR).</source>
        <translation>حدّد عملة الميزانية (مثلاً EUR).</translation>
    </message>
    <message>
        <source>{count} is more people than live on Earth; check the number.</source>
        <translation>{count} أكثر من عدد سكان الأرض؛ تحقّق من الرقم.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
        <source>The budget must be an amount of money, for example 25000.</source>
        <translation>يجب أن تكون الميزانية مبلغاً من المال، مثلاً 25000.</translation>
    </message>
    <message>
        <source>{amount} is more than any budget; check the amount.</source>
        <translation>{amount} أكبر من أي ميزانية؛ تحقق من المبلغ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read as one amount of money: a comma may only group thousands (as in 1,500). Write the amount with a point as decimal separator, for example 1500.50.</source>
        <translation>لا يمكن قراءة «{value}» على أنه مبلغ واحد: الفاصلة لا تُستخدم إلا لفصل الآلاف (كما في 1,500). اكتب المبلغ بنقطة فاصلةً عشرية، مثلاً 1500.50.</translation>
    </message>
    <message>
        <source>Every organisation needs a name.</source>
        <translation>يجب أن يكون لكل منظمة اسم.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, for example 2025-04-09.</source>
        <translation>«{value}» ليس تاريخاً؛ اكتبه بالصيغة YYYY-MM-DD، مثلاً 2025-04-09.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount of money; write digits only, for example 25000.</source>
        <translation>«{value}» ليس مبلغاً مالياً؛ اكتب أرقاماً فقط، مثلاً 25000.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of people.</source>
        <translation>«{value}» ليس عدداً صحيحاً من الأشخاص.</translation>
    </message>
    <message>
        <source>The people in the grid add up to {sum}, more than the stated total of {total}.</source>
        <translation>مجموع الأشخاص في الجدول {sum}، وهو أكثر من المجموع المذكور {total}.</translation>
    </message>
    <message>
        <source>Choose a country in every row, or remove the empty row.</source>
        <translation>اختر بلداً في كل سطر، أو احذف السطر الفارغ.</translation>
    </message>
    <message>
        <source>{country} is listed twice.</source>
        <translation>{country} مذكور مرتين.</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}).</source>
        <translation>العنوان طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>النص طويل جدًا (الحد الأقصى {limit} حرفًا).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an action of the Cairo Action Plan (1.1 to 5.4).</source>
        <translation>«{code}» ليس إجراءً من إجراءات خطة عمل القاهرة (من 1.1 إلى 5.4).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a cross-cutting approach; use one of {choices}.</source>
        <translation>«{code}» ليس نهجًا شاملًا؛ استخدم أحد ما يلي: {choices}.</translation>
    </message>
    <message>
        <source>A status is required; use one of {choices}.</source>
        <translation>الحالة مطلوبة؛ استخدم إحدى الحالات: {choices}.</translation>
    </message>
    <message>
        <source>An activity type is required; use one of {choices}.</source>
        <translation>نوع النشاط مطلوب؛ استخدم أحد الأنواع: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a status; use one of {choices}.</source>
        <translation>«{code}» ليس حالة معروفة؛ استخدم إحدى الحالات: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an activity type; use one of {choices}.</source>
        <translation>«{code}» ليس نوع نشاط معروفًا؛ استخدم أحد الأنواع: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known language code.</source>
        <translation>«{code}» ليس رمز لغة معروفًا.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).</source>
        <translation>«{code}» ليس رمز بلد وفق ISO 3166 alpha-3 (مثل ETH وSDN وITA).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a route role; use origin, transit or destination.</source>
        <translation>«{code}» ليس دورًا على المسار؛ استخدم المنشأ أو العبور أو المقصد.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an organisation role; use one of {choices}.</source>
        <translation>«{code}» ليس دورًا لمنظمة؛ استخدم أحد الأدوار: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an organisation type code.</source>
        <translation>«{code}» ليس رمز نوع منظمة.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (for example EUR, USD, ETB).</source>
        <translation>«{code}» ليس رمز عملة وفق ISO 4217 (مثل EUR وUSD وETB).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a population group.</source>
        <translation>«{code}» ليس فئة سكانية.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a sex category; use f, m or x.</source>
        <translation>«{code}» ليس فئة جنس؛ استخدم f أو m أو x.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an age band.</source>
        <translation>«{code}» ليس فئة عمرية.</translation>
    </message>
    <message>
        <source>People targeted cannot be negative ({cell}: {value}).</source>
        <translation>لا يمكن أن يكون عدد الأشخاص المستهدفين سالبًا ({cell}: {value}).</translation>
    </message>
    <message>
        <source>People reached cannot be negative ({cell}: {value}).</source>
        <translation>لا يمكن أن يكون عدد الأشخاص الذين تم الوصول إليهم سالبًا ({cell}: {value}).</translation>
    </message>
    <message>
        <source>The cell {cell} appears twice.</source>
        <translation>الخانة {cell} مذكورة مرتين.</translation>
    </message>
    <message>
        <source>The total of people targeted cannot be negative.</source>
        <translation>لا يمكن أن يكون مجموع الأشخاص المستهدفين سالبًا.</translation>
    </message>
    <message>
        <source>The total of people reached cannot be negative.</source>
        <translation>لا يمكن أن يكون مجموع الأشخاص الذين تم الوصول إليهم سالبًا.</translation>
    </message>
    <message>
        <source>Read only: this activity belongs to office {owner}. This installation is the field office {office} and can change only its own activities; the owner or a coordinator can change it.</source>
        <translation>للقراءة فقط: هذا النشاط يخص المكتب {owner}. هذا التثبيت هو المكتب الميداني {office} ولا يمكنه تعديل إلا أنشطته؛ يمكن للمكتب المالك أو للمنسّق تعديله.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export a sync package</source>
        <translation>تصدير حزمة مزامنة</translation>
    </message>
    <message>
        <source>A package carries activities to the coordinator or to the offices, by USB stick or email. Choose what it should carry.</source>
        <translation>تنقل الحزمة الأنشطة إلى المنسّق أو إلى المكاتب عبر ذاكرة USB أو البريد الإلكتروني. اختر ما يجب أن تحمله.</translation>
    </message>
    <message>
        <source>What the recipient has not confirmed receiving yet (usual)</source>
        <translation>ما لم يؤكد المستلم استلامه بعد (المعتاد)</translation>
    </message>
    <message>
        <source>Only what changed since my last export</source>
        <translation>ما تغيّر منذ آخر تصدير فقط</translation>
    </message>
    <message>
        <source>Everything (for a new or restored installation)</source>
        <translation>كل شيء (لتثبيت جديد أو مستعاد)</translation>
    </message>
    <message>
        <source>All offices (a consolidated package)</source>
        <translation>جميع المكاتب (حزمة موحَّدة)</translation>
    </message>
    <message>
        <source>Activities of</source>
        <translation>أنشطة</translation>
    </message>
</context>
<context>
    <name>FileTexts</name>
    <message>
        <source>you are not allowed to write in that folder</source>
        <translation>لا يُسمح لك بالكتابة في هذا المجلد</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>اختر مجلدا آخر.</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>Free some space on it or choose another disk.</source>
        <translation>أفرغ بعض المساحة عليه أو اختر قرصا آخر.</translation>
    </message>
    <message>
        <source>your share of the disk is used up</source>
        <translation>نفدت حصتك من القرص</translation>
    </message>
    <message>
        <source>the disk stopped answering</source>
        <translation>توقف القرص عن الاستجابة</translation>
    </message>
    <message>
        <source>Check that it is still connected and try again.</source>
        <translation>تحقق من أنه لا يزال موصولا ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the folder is no longer there</source>
        <translation>المجلد لم يعد موجودا</translation>
    </message>
    <message>
        <source>Check that the disk is still connected and try again.</source>
        <translation>تحقق من أن القرص لا يزال موصولا ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>اسم الملف طويل جدا</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>اختر اسما أقصر.</translation>
    </message>
    <message>
        <source>the file is open in another program, or you are not allowed to replace it</source>
        <translation>الملف مفتوح في برنامج آخر، أو لا يُسمح لك باستبداله</translation>
    </message>
    <message>
        <source>Close it there and try again.</source>
        <translation>أغلقه هناك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the system does not allow it ({reason})</source>
        <translation>النظام لا يسمح بذلك ({reason})</translation>
    </message>
    <message>
        <source>Cannot write {file}: no new file can be made in the folder {folder}, because {reason}. {advice}</source>
        <translation>تعذرت كتابة {file}: لا يمكن إنشاء ملف جديد في المجلد {folder}، لأن {reason}. {advice}</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>تعذرت كتابة {file}: المجلد {folder} غير موجود. أنشئه أو اختر مجلدا آخر.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {folder} is a file, not a folder. Choose another folder.</source>
        <translation>تعذرت كتابة {file}: {folder} ملف وليس مجلدا. اختر مجلدا آخر.</translation>
    </message>
    <message>
        <source>{folder} is a folder, not a file. Give the name of a file to write in it, for example {example}.</source>
        <translation>{folder} مجلد وليس ملفا. أعط اسم ملف يُكتب فيه، مثلا {example}.</translation>
    </message>
    <message>
        <source>This package would hold {count} rows on its sheet &apos;{sheet}&apos;, more than a spreadsheet holds ({limit} below the header). Choose one office at a time, or what changed since the last export.</source>
        <translation>ستضم هذه الحزمة {count} صفًا في ورقتها &apos;{sheet}&apos;، أكثر مما يتسع له برنامج الجداول ({limit} تحت صف العناوين). اختر مكتبًا واحدًا في كل مرة، أو ما تغيّر منذ آخر تصدير.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}. {advice}</source>
        <translation>تعذرت كتابة {file}: {reason}. {advice}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find activities: words of the title, place or description (Ctrl+F)</source>
        <translation>البحث عن أنشطة: كلمات من العنوان أو المكان أو الوصف (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the activity</source>
        <translation>سجل النشاط</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>متى / الحقل</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>من / قبل</translation>
    </message>
    <message>
        <source>Office / after</source>
        <translation>المكتب / بعد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدّل</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The file does not exist or cannot be opened. Check where it was saved.</source>
        <translation>الملف غير موجود أو لا يمكن فتحه. تحقّق من مكان حفظه.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx), or it was cut short while copying. Copy the file again from the USB stick or email and retry.</source>
        <translation>هذا ليس مصنّف Excel (.xlsx)، أو انقطع أثناء النسخ. انسخ الملف مرة أخرى من ذاكرة USB أو من البريد الإلكتروني ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The workbook is damaged; perhaps the copy was interrupted. Copy the file again and retry.</source>
        <translation>المصنّف تالف؛ ربما انقطع النسخ. انسخ الملف مرة أخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The workbook cannot be read ({detail}); it is damaged. Copy the file again, or ask the sender to export it again.</source>
        <translation>لا يمكن قراءة المصنف ({detail})؛ إنه تالف. انسخ الملف مرة أخرى، أو اطلب من المرسل تصديره مرة أخرى.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; cannot be read ({detail}); the file is damaged. Copy the file again, or ask the sender to export it again.</source>
        <translation>لا يمكن قراءة الورقة «{sheet}» ({detail})؛ الملف تالف. انسخ الملف مرة أخرى، أو اطلب من المرسل تصديره مرة أخرى.</translation>
    </message>
    <message>
        <source>This workbook is not a Cairo Desktop sync package (its hidden &apos;_manifest&apos; sheet names the format &apos;{format}&apos;). Ask the sender to export the package again from Cairo Desktop.</source>
        <translation>هذا المصنف ليس حزمة مزامنة من Cairo Desktop (ورقته المخفية «_manifest» تذكر الصيغة «{format}»). اطلب من المرسل تصدير الحزمة مرة أخرى من Cairo Desktop.</translation>
    </message>
    <message>
        <source>The hidden &apos;_manifest&apos; sheet, which says where the package comes from, is damaged. Ask the sender to export the package again.</source>
        <translation>الورقة المخفية «_manifest»، التي تبيّن مصدر الحزمة، تالفة. اطلب من المرسل تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The sheet(s) {sheets} are missing, so this is not a complete Cairo Desktop package (or a sheet was renamed or deleted). Ask the sender to export the package again.</source>
        <translation>الورقة أو الأوراق {sheets} مفقودة، فهذه ليست حزمة Cairo Desktop كاملة (أو أُعيدت تسمية ورقة أو حُذفت). اطلب من المرسل تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet &apos;{sheet}&apos; holds a formula; packages carry values only. Replace the formula by its value (copy, paste as values) and save again.</source>
        <translation>الخلية {cell} في الورقة «{sheet}» تحتوي على صيغة؛ الحزم تحمل قيمًا فقط. استبدل الصيغة بقيمتها (نسخ ثم لصق القيم) واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>A cell of sheet &apos;{sheet}&apos; holds a formula; packages carry values only. Replace formulas by their values and save again.</source>
        <translation>إحدى خلايا الورقة «{sheet}» تحتوي على صيغة؛ الحزم تحمل قيمًا فقط. استبدل الصيغ بقيمها واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>The package uses sync format version {version}, and this Cairo Desktop reads version {supported}. Update Cairo Desktop on this computer, or ask the sender to export with format version {supported}.</source>
        <translation>تستخدم الحزمة الإصدار {version} من صيغة المزامنة، وهذا البرنامج يقرأ الإصدار {supported}. حدّث Cairo Desktop على هذا الحاسوب، أو اطلب من المرسل التصدير بالإصدار {supported}.</translation>
    </message>
    <message>
        <source>The package uses sync format version {version}, which this Cairo Desktop no longer reads (it reads version {supported}). Ask the sender to update Cairo Desktop and export again.</source>
        <translation>تستخدم الحزمة الإصدار {version} من صيغة المزامنة، ولم يعد هذا البرنامج يقرؤه (يقرأ الإصدار {supported}). اطلب من المرسل تحديث Cairo Desktop والتصدير مرة أخرى.</translation>
    </message>
    <message>
        <source>The package claims to come from this office ({office}) but is signed with another key (fingerprint {fingerprint}). It was not made here; do not import it.</source>
        <translation>تدّعي الحزمة أنها صادرة عن هذا المكتب ({office}) لكنها موقَّعة بمفتاح آخر (البصمة {fingerprint}). لم تُصنع هنا؛ لا تستوردها.</translation>
    </message>
    <message>
        <source>The package is signed with a different key than the one trusted for office {office} (trusted {trusted}, this one {fingerprint}). If that office reinstalled Cairo Desktop, confirm the new fingerprint by phone and trust it under Sync, Keys; otherwise do not import it.</source>
        <translation>الحزمة موقَّعة بمفتاح غير المفتاح الموثوق للمكتب {office} (الموثوق: {trusted}، وهذا: {fingerprint}). إذا أعاد ذلك المكتب تثبيت Cairo Desktop فأكّد البصمة الجديدة عبر الهاتف ثم ثق بها من قائمة «مزامنة» ثم «المفاتيح»؛ وإلا فلا تستوردها.</translation>
    </message>
    <message>
        <source>The package says it comes from office {office}, but it is signed with the key already trusted for office {other} (fingerprint {fingerprint}). One key signing for two offices means the package may not come from {office}, or that office&apos;s computer was copied from {other}&apos;s. Confirm the fingerprint by phone with office {office}: if it is the same, trust it for {office} under Sync, Keys and import again; otherwise do not import it.</source>
        <translation>تذكر الحزمة أنها من المكتب {office}، لكنها موقَّعة بالمفتاح الموثوق به أصلًا للمكتب {other} (البصمة {fingerprint}). توقيع مفتاح واحد لمكتبين يعني أن الحزمة قد لا تكون من {office}، أو أن حاسوب ذلك المكتب نُسخ من حاسوب {other}. تحقق من البصمة هاتفيًا مع المكتب {office}: إن كانت هي نفسها فثق بها للمكتب {office} من قائمة «مزامنة» ثم «المفاتيح» واستوردها مرة أخرى؛ وإلا فلا تستوردها.</translation>
    </message>
    <message>
        <source>Office {office} is known as a field office, but this package claims the coordinator role. Ask the coordinator to confirm; do not import it.</source>
        <translation>المكتب {office} معروف بأنه مكتب ميداني، لكن هذه الحزمة تدّعي دور المنسّق. اطلب من المنسّق التأكيد؛ لا تستوردها.</translation>
    </message>
    <message>
        <source>{count} problem(s) in the rows below ({listed} listed); nothing was imported. Correct them in the workbook and import it again.</source>
        <translation>{count} مشكلة/مشكلات في الصفوف أدناه (المدرجة: {listed})؛ لم يُستورد شيء. صحّحها في المصنّف ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The header row of sheet &apos;{sheet}&apos; is not as exported (missing columns: {missing}; unknown columns: {unknown}). Keep the header row exactly as exported: do not rename, add or delete columns.</source>
        <translation>صف العناوين في الورقة «{sheet}» ليس كما صُدِّر (أعمدة مفقودة: {missing}؛ أعمدة غير معروفة: {unknown}). أبقِ صف العناوين كما صُدِّر تمامًا: لا تُعِد تسمية الأعمدة ولا تُضف أعمدة ولا تحذفها.</translation>
    </message>
    <message>
        <source>The columns of sheet &apos;{sheet}&apos; are in a different order than exported. Put them back in the original order.</source>
        <translation>أعمدة الورقة «{sheet}» بترتيب مختلف عن ترتيب التصدير. أعدها إلى ترتيبها الأصلي.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: there is a value in column {column}, to the right of the last column. Remove it: packages carry only the listed columns.</source>
        <translation>الورقة «{sheet}»، الصف {row}: توجد قيمة في العمود {column} على يمين العمود الأخير. احذفها: الحزم تحمل الأعمدة المدرجة فقط.</translation>
    </message>
    <message>
        <source>The file is {size} MB, larger than any package should be ({limit} MB). Ask the sender to split the export.</source>
        <translation>حجم الملف {size} ميغابايت، وهو أكبر مما ينبغي لأي حزمة ({limit} ميغابايت). اطلب من المرسل تقسيم التصدير.</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more than a package holds, as &apos;zip bombs&apos; do; it was refused unread. Ask the sender for a normally exported package, or to split the export.</source>
        <translation>سيُفكّ ضغط المصنّف إلى أكثر بكثير مما تحمله الحزمة، كما تفعل «قنابل zip»؛ فرُفض دون قراءته. اطلب من المرسل حزمة مصدَّرة بشكل عادي، أو تقسيم التصدير.</translation>
    </message>
    <message>
        <source>The workbook contains XML entity definitions, a known attack (&apos;billion laughs&apos;); it was refused unread. Do not open this file; ask the sender for a normally exported package.</source>
        <translation>يحتوي المصنّف على تعريفات كيانات XML، وهو هجوم معروف («billion laughs»)؛ فرُفض دون قراءته. لا تفتح هذا الملف؛ اطلب من المرسل حزمة مصدَّرة بشكل عادي.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; uses {count} columns; a package sheet has at most {limit}. Remove the extra columns (or cells far to the right) and save again.</source>
        <translation>تستخدم الورقة «{sheet}» {count} عمودًا؛ وأقصى ما تحمله ورقة الحزمة {limit}. احذف الأعمدة الزائدة (أو الخلايا البعيدة إلى اليمين) واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has more rows than a package may hold; it was refused unread. Split the export into smaller packages.</source>
        <translation>في الورقة «{sheet}» صفوف أكثر مما تسمح به الحزمة؛ فرُفضت دون قراءتها. قسّم التصدير إلى حزم أصغر.</translation>
    </message>
    <message>
        <source>A cell of sheet &apos;{sheet}&apos; has no position, or a damaged one; Excel and LibreOffice always write one, so the file was changed by another program. It was refused unread. Open it in Excel or LibreOffice, save it, and import it again; or ask the sender to export it again.</source>
        <translation>خلية في الورقة &apos;{sheet}&apos; بلا موضع، أو بموضع تالف؛ يكتب Excel وLibreOffice الموضع دائمًا، لذا فقد عدّل الملفَّ برنامجٌ آخر. رُفض الملف دون قراءته. افتحه في Excel أو LibreOffice واحفظه ثم استورده مرة أخرى، أو اطلب من المرسل تصديره مرة أخرى.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; holds XML comments, CDATA sections or processing instructions, which Excel and LibreOffice never write, so the file was changed by another program. It was refused unread. Open it in Excel or LibreOffice, save it, and import it again; or ask the sender to export it again.</source>
        <translation>تحتوي الورقة &apos;{sheet}&apos; على تعليقات XML أو مقاطع CDATA أو تعليمات معالجة، وهي أمور لا يكتبها Excel ولا LibreOffice أبدًا، لذا فقد عدّل الملفَّ برنامجٌ آخر. رُفض الملف دون قراءته. افتحه في Excel أو LibreOffice واحفظه ثم استورده مرة أخرى، أو اطلب من المرسل تصديره مرة أخرى.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is empty: its header row is missing. Ask the sender to export the package again.</source>
        <translation>الورقة «{sheet}» فارغة: صف العناوين مفقود. اطلب من المرسل تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}, column &apos;{field}&apos;: a cell holds {length} characters; a cell may hold at most {limit}. Shorten it and save again.</source>
        <translation>الورقة «{sheet}»، الصف {row}، العمود «{field}»: تحتوي خلية على {length} حرفًا؛ وأقصى ما تحمله الخلية {limit}. اختصرها واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>It is not signed, or its values were changed after it was signed, so where it comes from cannot be checked. To import it anyway, import it again and press “Import anyway…” in the preview.</source>
        <translation>هذه الحزمة غير موقَّعة، أو عُدِّلت قيمها بعد التوقيع، فلا يمكن التحقق من مصدرها. لاستيرادها على أي حال، استوردها مرة أخرى واضغط «استيراد على أي حال…» في المعاينة.</translation>
    </message>
    <message>
        <source>This is package number {seq} from office {office}, but a package with that number was already imported (the latest is number {last}); a re-numbered package is refused. If the office restored an old backup, ask it to export everything (Sync, Export package, Everything).</source>
        <translation>هذه هي الحزمة رقم {seq} من المكتب {office}، لكن حزمة تحمل هذا الرقم استُوردت من قبل (آخرها الرقم {last})؛ تُرفض الحزمة المعاد ترقيمها. إذا استعاد المكتب نسخة احتياطية قديمة، فاطلب منه تصدير كل شيء (المزامنة، تصدير حزمة، الكل).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import packages: preview</source>
        <translation>استيراد الحزم: معاينة</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import would do:</source>
        <translation>لم يتغيّر شيء بعد. هذا ما سيفعله الاستيراد:</translation>
    </message>
    <message>
        <source>Unsigned or changed packages are accepted, for this reason (it is recorded): {reason}</source>
        <translation>تُقبل الحزم غير الموقَّعة أو المعدَّلة لهذا السبب (ويُسجَّل): {reason}</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>مستورد من قبل</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>يمكن استيراده</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>It is not signed, or its values were changed after it was signed (for example by hand in a spreadsheet), so where it comes from cannot be checked. If you know, press “Import anyway…” and say why.</source>
        <translation>هذه الحزمة غير موقَّعة، أو عُدِّلت قيمها بعد التوقيع (مثلًا يدويًا في جدول بيانات)، فلا يمكن التحقق من مصدرها. إن كنت تعرفه فاضغط «استيراد على أي حال…» واذكر السبب.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Import &amp;anyway…</source>
        <translation>استيراد على أي حال…</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>استيراد على أي حال</translation>
    </message>
    <message>
        <source>Why may the unsigned or changed packages be imported? For example: “partner workbook, checked by phone with the sender”. The reason is recorded with the import.</source>
        <translation>لماذا يجوز استيراد الحزم غير الموقَّعة أو المعدَّلة؟ مثلًا: «مصنّف شريك، تم التحقق منه هاتفيًا مع المرسل». يُسجَّل السبب مع الاستيراد.</translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation>مستورَد من قبل: استيراده مرة أخرى لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>From office {office}, package number {seq}.</source>
        <translation>من المكتب {office}، الحزمة رقم {seq}.</translation>
    </message>
    <message>
        <source>Its signature is valid (key {fingerprint}).</source>
        <translation>توقيعها صالح (المفتاح {fingerprint}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields were changed differently here and at the sender; after the import, choose which values to keep under Sync, Conflicts.</source>
        <translation>
            <numerusform>لا حقول عُدِّلت بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيم التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>حقل واحد عُدِّل بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيمة التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>حقلان عُدِّلا بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيم التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln حقول عُدِّلت بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيم التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln حقلًا عُدِّلت بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيم التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
            <numerusform>%Ln حقل عُدِّلت بشكل مختلف هنا ولدى المرسل؛ بعد الاستيراد اختر القيم التي تحتفظ بها من قائمة «مزامنة» ثم «التعارضات».</numerusform>
        </translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>الحزمة غير موقّعة.</translation>
    </message>
    <message>
        <source>Its signature does not match: the hidden &apos;_manifest&apos; sheet was changed.</source>
        <translation>توقيعها لا يطابق: تم تغيير الورقة المخفية «_manifest».</translation>
    </message>
    <message>
        <source>The values of sheet &apos;{sheet}&apos; were changed after the package was signed.</source>
        <translation>تم تغيير قيم الورقة «{sheet}» بعد توقيع الحزمة.</translation>
    </message>
    <message>
        <source>First package from office {office}: its key (fingerprint {fingerprint}) becomes the trusted key for that office once imported. Read the fingerprint to the sender by phone to confirm it.</source>
        <translation>أول حزمة من المكتب {office}: سيصبح مفتاحها (البصمة {fingerprint}) المفتاح الموثوق لهذا المكتب بعد استيرادها. اقرأ البصمة للمرسل عبر الهاتف لتأكيدها.</translation>
    </message>
    <message>
        <source>Not signed, or changed after it was signed; accepted because: {reason}. It may only change activities of office {office}.</source>
        <translation>غير موقَّع، أو عُدِّل بعد التوقيع؛ قُبل لهذا السبب: {reason}. لا يجوز له أن يغيّر إلا أنشطة المكتب {office}.</translation>
    </message>
    <message>
        <source>Signed with the key office {office} used before it reinstalled Cairo Desktop (fingerprint {fingerprint}): a package made before the reinstall, imported as such.</source>
        <translation>موقّع بالمفتاح الذي كان المكتب {office} يستخدمه قبل إعادة تثبيت Cairo Desktop (البصمة {fingerprint}): حزمة أُعدّت قبل إعادة التثبيت، وتُستورد على هذا الأساس.</translation>
    </message>
    <message>
        <source>Package {first} from office {office} has not been imported yet; nothing is lost, import it when it arrives.</source>
        <translation>لم تُستورد الحزمة {first} من المكتب {office} بعد؛ لم يُفقد شيء، استوردها عند وصولها.</translation>
    </message>
    <message>
        <source>Packages {first} to {last} from office {office} have not been imported yet; nothing is lost, import them when they arrive.</source>
        <translation>لم تُستورد بعد الحزم من {first} إلى {last} من المكتب {office}؛ لم يضع شيء، استوردها عند وصولها.</translation>
    </message>
    <message>
        <source>No backup of the database was made before this import: the PostgreSQL backup program (pg_dump) was not found on this computer. Ask whoever runs the database server to confirm that it is backed up, or install the PostgreSQL client tools on this computer so that the next imports are backed up.</source>
        <translation>لم تُنشأ نسخة احتياطية من قاعدة البيانات قبل هذا الاستيراد: لم يُعثر على برنامج النسخ الاحتياطي لـ PostgreSQL ‏(pg_dump) على هذا الحاسوب. اطلب من المسؤول عن خادم قاعدة البيانات أن يؤكد أنه يُنسخ احتياطيًا، أو ثبّت أدوات عميل PostgreSQL على هذا الحاسوب لكي تُنسخ عمليات الاستيراد التالية احتياطيًا.</translation>
    </message>
    <message>
        <source>No backup of the database was made before this import: the PostgreSQL backup program (pg_dump) failed ({detail}). Ask whoever runs the database server to confirm that it is backed up. If the message speaks of a version mismatch, install PostgreSQL client tools of the server&apos;s version or newer.</source>
        <translation>لم تُنشأ نسخة احتياطية من قاعدة البيانات قبل هذا الاستيراد: فشل برنامج النسخ الاحتياطي لـ PostgreSQL ‏(pg_dump) ‏({detail}). اطلب من المسؤول عن خادم قاعدة البيانات أن يؤكد أنه يُنسخ احتياطيًا. إذا تحدثت الرسالة عن عدم تطابق الإصدارات، فثبّت أدوات عميل PostgreSQL بإصدار الخادم أو بإصدار أحدث.</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>أنشطة جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Already here, unchanged</source>
        <translation>موجودة بالفعل، دون تغيير</translation>
    </message>
    <message>
        <source>Older than what is here (kept as history)</source>
        <translation>أقدم مما هو موجود هنا (تُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Edited in both places, merged</source>
        <translation>عُدِّلت في المكانين ودُمجت</translation>
    </message>
    <message>
        <source>Activities edited in both places, with conflicts to resolve</source>
        <translation>أنشطة عُدِّلت في المكانين، وفيها تعارضات يجب حلّها</translation>
    </message>
    <message>
        <source>Rows added or changed by hand in the workbook</source>
        <translation>صفوف أُضيفت أو عُدِّلت يدويًا في المصنّف</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>&apos;{value}&apos; is text, not a date. Type the date so the spreadsheet recognises it, or write it as YYYY-MM-DD (e.g. 2025-04-09).</source>
        <translation>«{value}» نص وليس تاريخًا. اكتب التاريخ بحيث يتعرّف عليه جدول البيانات، أو اكتبه بالصيغة YYYY-MM-DD (مثلًا 2025-04-09).</translation>
    </message>
    <message>
        <source>{value} is negative; a number of people cannot be below zero.</source>
        <translation>{value} عدد سالب؛ لا يمكن أن يقل عدد الأشخاص عن الصفر.</translation>
    </message>
    <message>
        <source>{value} is not a whole number of people.</source>
        <translation>{value} ليس عددًا صحيحًا من الأشخاص.</translation>
    </message>
    <message>
        <source>This row was not exported as a deletion. Rows cannot be added to the &apos;Deleted&apos; sheet by hand; delete activities in Cairo Desktop instead.</source>
        <translation>هذا الصف لم يُصدَّر بوصفه حذفًا. لا يمكن إضافة صفوف يدويًا إلى الورقة «Deleted»؛ احذف الأنشطة من Cairo Desktop بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The row of activity {activity} (version {version}) is missing; rows must not be deleted from a package. Ask the sender for the original file.</source>
        <translation>صف النشاط {activity} (النسخة {version}) مفقود؛ لا يجوز حذف صفوف من الحزمة. اطلب الملف الأصلي من المرسل.</translation>
    </message>
    <message>
        <source>Version {version} appears on two rows (a duplicated row). Delete the copy and save again.</source>
        <translation>تظهر النسخة {version} في صفين (صف مكرر). احذف النسخة المكررة واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Version {version} is listed twice in the hidden bookkeeping sheet (duplicated rows). Ask the sender to export the package again.</source>
        <translation>النسخة {version} مذكورة مرتين في ورقة السجل المخفية (صفوف مكررة). اطلب من المرسل تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The hidden bookkeeping row is damaged. Ask the sender to export the package again.</source>
        <translation>صف السجل المخفي تالف. اطلب من المرسل تصدير الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is used by another new row as well; give each new activity its own reference (or leave it empty).</source>
        <translation>«{reference}» مستخدم أيضًا في صف جديد آخر؛ أعطِ كل نشاط جديد مرجعه الخاص (أو اتركه فارغًا).</translation>
    </message>
    <message>
        <source>The Activity ID is empty, so this row belongs to no activity. Write the Activity ID of its activity as on the &apos;Activities&apos; sheet (for a new activity, the reference you gave it there, such as new-1).</source>
        <translation>خانة «Activity ID» فارغة، فلا ينتمي هذا الصف إلى أي نشاط. اكتب «Activity ID» لنشاطه كما هو في الورقة «Activities» (للنشاط الجديد: المرجع الذي أعطيته له هناك، مثل new-1).</translation>
    </message>
    <message>
        <source>This row belongs to activity &apos;{reference}&apos;, but no row of the &apos;Activities&apos; sheet has that Activity ID and Version, so it would be lost. Write the Activity ID and Version of its activity exactly as on the &apos;Activities&apos; sheet (for a new activity, its reference, such as new-1, and an empty Version), or delete this row.</source>
        <translation>هذا الصف تابع للنشاط «{reference}»، لكن لا يوجد في الورقة «Activities» صف له هذا «Activity ID» وهذه «Version»، فستضيع بياناته. اكتب «Activity ID» و«Version» لنشاطه تمامًا كما في الورقة «Activities» (للنشاط الجديد: مرجعه، مثل new-1، و«Version» فارغة)، أو احذف هذا الصف.</translation>
    </message>
    <message>
        <source>The Version cell holds &apos;{value}&apos;, which is not the version this row was exported with. Copy the Version back from the original file (it must stay exactly as exported), or leave it empty for a new activity.</source>
        <translation>خانة «Version» تحتوي على «{value}»، وهي ليست النسخة التي صُدِّر بها هذا الصف. انسخ «Version» من الملف الأصلي (يجب أن تبقى تمامًا كما صُدِّرت)، أو اتركها فارغة للنشاط الجديد.</translation>
    </message>
    <message>
        <source>The Version cell is empty, but activity {activity} was exported with a version. Copy the Version back from the original file; only a new activity has an empty Version.</source>
        <translation>خانة «Version» فارغة، لكن النشاط {activity} صُدِّر بنسخة. انسخ «Version» من الملف الأصلي؛ النشاط الجديد وحده تكون «Version» فيه فارغة.</translation>
    </message>
    <message>
        <source>The Activity ID was changed: the Version of this row belongs to activity {activity}. Copy the Activity ID back from the original file; a new activity needs a row of its own with an empty Version.</source>
        <translation>تم تغيير «Activity ID»: «Version» هذا الصف تابعة للنشاط {activity}. انسخ «Activity ID» من الملف الأصلي؛ النشاط الجديد يحتاج إلى صف خاص به و«Version» فارغة.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}; a package from field office {office} may only change its own activities. Ask the coordinator to send that change.</source>
        <translation>النشاط {activity} يتبع المكتب {owner}؛ لا يمكن لحزمة من المكتب الميداني {office} أن تغيّر إلا أنشطته. اطلب من المنسّق إرسال هذا التغيير.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}; this workbook is not signed, so it may only change activities of the office it names ({office}). Undo the change to that activity, or ask office {owner} to make it.</source>
        <translation>النشاط {activity} يتبع المكتب {owner}؛ هذا المصنف غير موقّع، لذا لا يمكنه تغيير إلا أنشطة المكتب الذي يذكره ({office}). تراجع عن تغيير هذا النشاط، أو اطلب من المكتب {owner} إجراءه.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}, but the package says another office owns it. Ask the sender to export again.</source>
        <translation>النشاط {activity} يتبع المكتب {owner}، لكن الحزمة تقول إن مكتبًا آخر يملكه. اطلب من المرسل التصدير مرة أخرى.</translation>
    </message>
    <message>
        <source>A row added by hand uses the id of the existing activity {activity}; leave &apos;Activity ID&apos; empty for a new activity, or copy the exported row with its &apos;Version&apos;.</source>
        <translation>صف أضيف يدويًا يستخدم معرّف النشاط الموجود {activity}؛ اترك «Activity ID» فارغًا لنشاط جديد، أو انسخ الصف المصدَّر مع «Version» الخاص به.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a key fingerprint: it has 32 hexadecimal digits in 8 groups, like 3F2A-91C0-….</source>
        <translation>«{value}» ليست بصمة مفتاح: فهي 32 رقمًا ست عشريًا في 8 مجموعات، مثل 3F2A-91C0-….</translation>
    </message>
    <message>
        <source>{office} is this installation&apos;s own office: its key is made here and needs no trusting (its fingerprint is shown above).</source>
        <translation>{office} هو مكتب هذا التثبيت نفسه: مفتاحه يُنشأ هنا ولا يحتاج إلى اعتماد (بصمته معروضة أعلاه).</translation>
    </message>
    <message>
        <source>The Office was changed to &apos;{value}&apos;, but an activity always belongs to the office that created it ({owner}). Put back {owner}.</source>
        <translation>تم تغيير المكتب إلى «{value}»، لكن النشاط يتبع دائمًا المكتب الذي أنشأه ({owner}). أعد كتابة {owner}.</translation>
    </message>
    <message>
        <source>A new activity in this workbook belongs to office {office}, the office the workbook comes from, not &apos;{value}&apos;. Leave the Office cell empty or write {office}.</source>
        <translation>النشاط الجديد في هذا المصنف يتبع المكتب {office}، وهو المكتب الذي جاء منه المصنف، وليس «{value}». اترك خلية Office فارغة أو اكتب {office}.</translation>
    </message>
    <message>
        <source>No key is trusted for office {office}.</source>
        <translation>لا يوجد مفتاح معتمد للمكتب {office}.</translation>
    </message>
    <message>
        <source>This row of the hidden &apos;_history&apos; sheet was changed, but it holds an older version, which cannot be changed. Undo the change, or ask the sender for the original file; change the activity&apos;s row on the &apos;Activities&apos; sheet instead.</source>
        <translation>تم تغيير هذا الصف من الورقة المخفية «_history»، لكنه يحمل نسخة أقدم لا يمكن تغييرها. تراجع عن التغيير، أو اطلب الملف الأصلي من المرسل؛ وغيّر بدلًا من ذلك صف النشاط في ورقة «Activities».</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>This installation (office {office}) signs its packages with the key:</source>
        <translation>يوقّع هذا التثبيت (المكتب {office}) حزمه بالمفتاح:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Read it to each office by phone when it imports its first package from you, so that it can check that your packages come from you.</source>
        <translation>اقرأه لكل مكتب عبر الهاتف عندما يستورد أول حزمة منك، ليتحقق من أن حزمك صادرة عنك فعلاً.</translation>
    </message>
    <message>
        <source>Read it to the coordinator by phone when they import your first package.</source>
        <translation>اقرأه للمنسّق عبر الهاتف عندما يستورد حزمتك الأولى.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>موثوق منذ</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>الوثوق بمفتاح…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <source>Keys trusted for the other offices:</source>
        <translation>المفاتيح الموثوقة للمكاتب الأخرى:</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source> (awaiting the first package)</source>
        <translation> (بانتظار الحزمة الأولى)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>لم يُوثق بالمفتاح</translation>
    </message>
    <message>
        <source>Key trusted for two offices</source>
        <translation>مفتاح موثوق لمكتبين</translation>
    </message>
    <message>
        <source>The same key is trusted for office {others}: either office can now sign for the other. Keep it so only if office {office}&apos;s computer was copied from theirs.</source>
        <translation>المفتاح نفسه موثوق للمكتب {others}: صار بإمكان كلٍّ من المكتبين التوقيع باسم الآخر. لا تُبقِه كذلك إلا إذا كان حاسوب المكتب {office} منسوخًا من حاسوبه.</translation>
    </message>
    <message>
        <source>Forget a key</source>
        <translation>نسيان مفتاح</translation>
    </message>
    <message>
        <source>Select an office in the list first.</source>
        <translation>اختر مكتبًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Forget the key of office {office}? The next package from that office will be trusted with whatever key signed it, so confirm its fingerprint by phone then.</source>
        <translation>نسيان مفتاح المكتب {office}؟ ستُقبل الحزمة التالية من هذا المكتب بأي مفتاح وقّعها، لذا أكّد بصمتها عبر الهاتف حينها.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cairo Desktop could not open its database: {error}
Nothing was changed. The details are in the log file {log}; send it to your coordinator or support.</source>
        <translation>تعذّر على Cairo Desktop فتح قاعدة بياناته: {error}
لم يتغيّر شيء. التفاصيل في ملف السجل {log}؛ أرسله إلى المنسّق أو إلى فريق الدعم.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>&amp;History of the activity…</source>
        <translation>سجل النشاط…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>استيراد حزم…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>طباعة تقرير…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>المفاتيح…</translation>
    </message>
    <message>
        <source>Activity &amp;sheet (PDF)…</source>
        <translation>بطاقة النشاط (PDF)…</translation>
    </message>
    <message>
        <source>&amp;About Cairo Desktop</source>
        <translation>حول Cairo Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Plan browser</source>
        <translation>خطة العمل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khartoum Process activities</source>
        <translation>أنشطة عملية الخرطوم</translation>
    </message>
    <message>
        <source>Plan browser</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>The activity you are editing has changes that are not saved. Save them now?</source>
        <translation>النشاط الذي تعدّله فيه تغييرات غير محفوظة. هل تريد حفظها الآن؟</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>Office {office} ({role})</source>
        <translation>المكتب {office} ({role})</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln activities</source>
        <translation>
            <numerusform>{shown} من %Ln نشاط</numerusform>
            <numerusform>{shown} من نشاط واحد</numerusform>
            <numerusform>{shown} من نشاطين</numerusform>
            <numerusform>{shown} من %Ln أنشطة</numerusform>
            <numerusform>{shown} من %Ln نشاطًا</numerusform>
            <numerusform>{shown} من %Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts waiting</source>
        <translation>
            <numerusform>لا تعارضات في الانتظار</numerusform>
            <numerusform>تعارض واحد في الانتظار</numerusform>
            <numerusform>تعارضان في الانتظار</numerusform>
            <numerusform>%Ln تعارضات في الانتظار</numerusform>
            <numerusform>%Ln تعارضًا في الانتظار</numerusform>
            <numerusform>%Ln تعارض في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the running task to finish or cancel it.</source>
        <translation>انتظر انتهاء المهمة الجارية أو ألغِها.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>تم العثور على تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Cairo Desktop was closed while the activity &quot;{title}&quot; had unsaved edits ({when}). Restore them in the editor?</source>
        <translation>أُغلق Cairo Desktop بينما كان للنشاط «{title}» تعديلات غير محفوظة ({when}). هل تريد استعادتها في المحرّر؟</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <source>&quot;{value}&quot; was not kept: a number of people cannot be below zero.</source>
        <translation>لم يُحتفظ بـ«{value}»: لا يمكن أن يكون عدد الأشخاص أقل من صفر.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; was not kept: type a whole number of people, for example 1200 or 1 200.</source>
        <translation>لم يُحتفظ بـ«{value}»: اكتب عدداً صحيحاً من الأشخاص، مثلاً 1200 أو 1 200.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <source>Cairo Action Plan</source>
        <translation>خطة عمل القاهرة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Cross-cutting approaches (tick to filter):</source>
        <translation>النُّهُج الشاملة (ضع علامة للتصفية):</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <source>Domain {number}</source>
        <translation>المجال {number}</translation>
    </message>
    <message>
        <source>Action {code}</source>
        <translation>الإجراء {code}</translation>
    </message>
    <message>
        <source>Select a domain or an action to list its activities and read its full text.</source>
        <translation>اختر مجالاً أو إجراءً لعرض أنشطته وقراءة نصّه الكامل.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Adding up approaches</source>
        <translation>جمع المقاربات</translation>
    </message>
    <message>
        <source>Adding up countries</source>
        <translation>جمع البلدان</translation>
    </message>
    <message>
        <source>Adding up people</source>
        <translation>جمع الأشخاص</translation>
    </message>
    <message>
        <source>Checking the activities</source>
        <translation>التحقق من الأنشطة</translation>
    </message>
    <message>
        <source>Comparing with this database</source>
        <translation>المقارنة مع قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Counting activities</source>
        <translation>عدّ الأنشطة</translation>
    </message>
    <message>
        <source>Creating demo activities</source>
        <translation>إنشاء أنشطة تجريبية</translation>
    </message>
    <message>
        <source>Figures ready</source>
        <translation>الأرقام جاهزة</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Importing the activities</source>
        <translation>استيراد الأنشطة</translation>
    </message>
    <message>
        <source>Listing activities</source>
        <translation>سرد الأنشطة</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>تمت كتابة الحزمة</translation>
    </message>
    <message>
        <source>Recording conflicts</source>
        <translation>تسجيل التعارضات</translation>
    </message>
    <message>
        <source>Writing the activities</source>
        <translation>كتابة الأنشطة</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>قراءة {file}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>تقرير موجز</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Add the list of activities (annex)</source>
        <translation>إضافة قائمة الأنشطة (ملحق)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>تحديث المعاينة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>words “{text}”</source>
        <translation>الكلمات «{text}»</translation>
    </message>
    <message>
        <source>actions {codes}</source>
        <translation>الإجراءات {codes}</translation>
    </message>
    <message>
        <source>approaches: {names}</source>
        <translation>المقاربات: {names}</translation>
    </message>
    <message>
        <source>Also only the activities of the list&apos;s filter: {criteria}</source>
        <translation>فقط أنشطة مرشّح القائمة: {criteria}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the previous preview is kept.</source>
        <translation>أُلغي؛ تم الإبقاء على المعاينة السابقة.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>حُفظ التقرير: {file}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>تعذرت كتابة {file}: {reason}</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>تجهيز الصفحات للطابعة…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Sending page {page} of {count} to the printer…</source>
        <translation>إرسال الصفحة {page} من {count} إلى الطابعة…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The plan, the lists and the printed reports follow the language too.</source>
        <translation>تتبع الخطة والقوائم والتقارير المطبوعة اللغة أيضاً.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this installation</source>
        <translation>إعداد هذا التثبيت</translation>
    </message>
    <message>
        <source>Before recording activities, say which office this computer works for. Every change made here is signed with this office, and packages sent to the coordinator name it. You choose this once.</source>
        <translation>قبل تسجيل الأنشطة، حدّد المكتب الذي يعمل له هذا الحاسوب. كل تعديل يُجرى هنا يحمل اسم هذا المكتب، والحزم المرسلة إلى المنسّق تذكره. تختار ذلك مرة واحدة.</translation>
    </message>
    <message>
        <source>for example ETH-ADD</source>
        <translation>مثلاً ETH-ADD</translation>
    </message>
    <message>
        <source>for example Addis Ababa field office</source>
        <translation>مثلاً المكتب الميداني في أديس أبابا</translation>
    </message>
    <message>
        <source>(no single country: secretariat or regional office)</source>
        <translation>(لا بلد واحد: أمانة أو مكتب إقليمي)</translation>
    </message>
    <message>
        <source>Field office: records and changes its own activities only</source>
        <translation>مكتب ميداني: يسجّل أنشطته ويعدّلها فقط</translation>
    </message>
    <message>
        <source>Coordinator: receives packages from the offices, resolves conflicts and may correct any activity</source>
        <translation>منسّق: يستقبل الحزم من المكاتب ويحلّ التعارضات ويمكنه تصحيح أي نشاط</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>رمز المكتب:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>اسم المكتب:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Role of this installation:</source>
        <translation>دور هذا التثبيت:</translation>
    </message>
    <message>
        <source>Type the office code, for example ETH-ADD: it names this office on every activity and package.</source>
        <translation>اكتب رمز المكتب، مثل ETH-ADD: فهو يسمّي هذا المكتب في كل نشاط وكل حزمة.</translation>
    </message>
    <message>
        <source>The office code &apos;{code}&apos; cannot be used: use 2 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit (for example ETH-ADD).</source>
        <translation>لا يمكن استخدام رمز المكتب «{code}»: استخدم من 2 إلى 32 حرفًا أو رقمًا أو «-» أو «_»، يبدأ بحرف أو رقم (مثل ETH-ADD).</translation>
    </message>
    <message>
        <source>Give the office a name, for example “Addis Ababa field office”.</source>
        <translation>أعطِ المكتب اسمًا، مثل «المكتب الميداني في أديس أبابا».</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust an office&apos;s key</source>
        <translation>الوثوق بمفتاح مكتب</translation>
    </message>
    <message>
        <source>Type the fingerprint the office reads to you by phone (8 groups of 4 characters). Packages from that office signed with any other key will be refused.</source>
        <translation>اكتب البصمة التي يقرؤها لك المكتب عبر الهاتف (8 مجموعات من 4 رموز). سترفض الحزم الواردة من هذا المكتب الموقعة بأي مفتاح آخر.</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
</TS>
