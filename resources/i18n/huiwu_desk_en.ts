<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddOperatorDialog</name>
    <message>
        <source>添加操作员</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN（可不填）</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <source>再输一次 PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>PIN 为 4 到 12 位数字（主管至少 6 位），只保存加密后的摘要。添加主管需要一位已设置 PIN 的主管批准。</source>
        <translation>A PIN is 4 to 12 digits (6 at least for a supervisor); only a hash of it is kept. Adding a supervisor needs the approval of a supervisor who has a PIN.</translation>
    </message>
    <message>
        <source>PIN 为 4 到 12 位数字（主管至少 6 位），只保存加密后的摘要。</source>
        <translation>A PIN is 4 to 12 digits (6 at least for a supervisor); only a hash of it is kept.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <source>请批准的主管输入自己的 PIN。</source>
        <translation>The approving supervisor must enter their PIN.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>主管批准</source>
        <translation>Supervisor&apos;s approval</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>主管在场时选择自己的名字、输入 PIN 后按回车；Esc 取消。</source>
        <translation>With the supervisor here: their name, their PIN, then Enter; Esc cancels.</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>请输入内容。</source>
        <translation>Please type something.</translation>
    </message>
</context>
<context>
    <name>AttendeeForm</name>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>需要住宿</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>合住</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>单住</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>需要学分</source>
        <translation>Wants credits</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>住宿要求</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>离店日期</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>希望同住</source>
        <translation>Roommate</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>身份证号校验不通过，请核对</source>
        <translation>The ID number&apos;s check digit is wrong: please check it</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>住房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>编号、姓名、拼音、手机、单位</source>
        <translation>Code, name, pinyin, mobile, unit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>待收费</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>显示列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>筛选框里按回车进入表格；回车或双击打开报到卡片；点击表头排序；右键表头选择显示的列。</source>
        <translation>Enter in the filter field moves to the table; Enter or double-click opens the card at the desk; click a header to sort; right-click the header to choose the columns.</translation>
    </message>
    <message>
        <source>共 {0} 人</source>
        <translation>{0} people</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>补打证件</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <source>证件已打印 {0} 次。补打需要填写原因。</source>
        <translation>The badge was printed {0} time(s). A reprint needs a reason.</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>打印证件</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>信息有误</source>
        <translation>Wrong details</translation>
    </message>
    <message>
        <source>补打原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>尚欠 {0}：缴费后才能打印证件；主管批准可先打印。</source>
        <translation>{0} still owed: the badge prints once paid, or now with a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>输入原因或用 ↑/↓ 选择，回车确认。</source>
        <translation>Type a reason or choose one with ↑/↓; Enter confirms.</translation>
    </message>
    <message>
        <source>请主管选择自己的名字并输入 PIN。</source>
        <translation>The supervisor chooses their name and types their PIN.</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请填写补打原因。</source>
        <translation>Please give the reason for the reprint.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>打印机(&amp;I)</source>
        <translation>Pr&amp;inters</translation>
    </message>
    <message>
        <source>证件模板(&amp;T)</source>
        <translation>Badge &amp;templates</translation>
    </message>
    <message>
        <source>批量预打印(&amp;Y)</source>
        <translation>Batch pre-print (&amp;Y)</translation>
    </message>
    <message>
        <source>打印队列(&amp;Q)</source>
        <translation>Print &amp;queue</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>只打印还没有打印过证件的人(&amp;U)</source>
        <translation>Only people whose badge is &amp;unprinted</translation>
    </message>
    <message>
        <source>A4 PDF 文件（多张拼版，激光打印机打印后裁切）(&amp;F)</source>
        <translation>A4 PDF &amp;file (several per sheet, to print on a laser printer and cut)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>开始预打印(&amp;P)</source>
        <translation>Start &amp;pre-printing</translation>
    </message>
    <message>
        <source>参会类别（不勾选＝全部）</source>
        <translation>Categories (none ticked = all)</translation>
    </message>
    <message>
        <source>打印到</source>
        <translation>Print to</translation>
    </message>
    <message>
        <source>按姓名拼音排序；每张证件都登记为已打印，报到时不再重复打印。</source>
        <translation>Sorted by name (pinyin); each badge is recorded as printed, so check-in will not print it again.</translation>
    </message>
    <message>
        <source>证件-批量.pdf</source>
        <translation>badges-batch.pdf</translation>
    </message>
    <message>
        <source>证件打印机：{0}(&amp;B)</source>
        <translation>&amp;Badge printer: {0}</translation>
    </message>
    <message>
        <source>证件打印机（未设置，请在“打印机”页设置）</source>
        <translation>Badge printer (not set up: set one on the Printers tab)</translation>
    </message>
    <message>
        <source>符合条件：{0} 人。</source>
        <translation>Matching: {0} people.</translation>
    </message>
    <message>
        <source>没有符合条件、需要打印的证件。</source>
        <translation>No badges match the filter that still need printing.</translation>
    </message>
    <message>
        <source>保存证件 PDF</source>
        <translation>Save badges PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>请填写 PDF 文件的位置。</source>
        <translation>Please enter where to save the PDF file.</translation>
    </message>
    <message>
        <source>将为 {0} 人登记并打印证件，送到 {1}。再按一次“开始预打印”确认。</source>
        <translation>This records and prints badges for {0} people, to {1}. Press “Start pre-printing” again to confirm.</translation>
    </message>
    <message>
        <source>批量预打印</source>
        <translation>Batch pre-print</translation>
    </message>
    <message>
        <source>已排队 {0} 张证件（{1} 个打印任务），可在“打印队列”查看进度。</source>
        <translation>{0} badges queued ({1} print jobs); follow them on the Print queue tab.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>扫描二维码，或输入编号、姓名、拼音、首字母、手机号（后四位）或单位</source>
        <translation>Scan the QR code, or type a code, name, pinyin, initials, mobile number (or its last 4 digits) or unit</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>此证件已补打（第{0}版），旧证作废。</source>
        <translation>This badge was reprinted (version {0}); the old one is void.</translation>
    </message>
    <message>
        <source>待办：{0}</source>
        <translation>To do: {0}</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>✓ 已报到 {0} · {1} 台 · {2}</source>
        <translation>✓ Checked in {0} · desk {1} · {2}</translation>
    </message>
    <message>
        <source>{0} 待收 {1}</source>
        <translation>{0}, {1} due</translation>
    </message>
    <message>
        <source>无资料</source>
        <translation>No materials</translation>
    </message>
    <message>
        <source>资料 待领 {0} 项</source>
        <translation>Materials: {0} to hand out</translation>
    </message>
    <message>
        <source>资料 已领 {0} 项</source>
        <translation>Materials: {0} received</translation>
    </message>
    <message>
        <source>已排房 {0}</source>
        <translation>Room {0}</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不住宿</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>证件 已打印 {0} 次</source>
        <translation>Badge printed {0}×</translation>
    </message>
    <message>
        <source>证件 未打印</source>
        <translation>Badge not printed</translation>
    </message>
    <message>
        <source>{0} ✓</source>
        <translation>{0} ✓</translation>
    </message>
    <message>
        <source>{0}（缺货）</source>
        <translation>{0} (out of stock)</translation>
    </message>
    <message>
        <source>{0}（待领）</source>
        <translation>{0} (to hand out)</translation>
    </message>
    <message>
        <source>资料：{0}</source>
        <translation>Materials: {0}</translation>
    </message>
    <message>
        <source>住房：{0} {1}（{2}）{3}</source>
        <translation>Room: {0} {1} ({2}) {3}</translation>
    </message>
    <message>
        <source>收据 {0}：{1} {2}</source>
        <translation>Receipt {0}: {1} {2}</translation>
    </message>
    <message>
        <source>回车 报到并发资料</source>
        <translation>Enter: check in and hand out</translation>
    </message>
    <message>
        <source>回车 报到</source>
        <translation>Enter: check in</translation>
    </message>
</context>
<context>
    <name>CategoriesPart</name>
    <message>
        <source>参会类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>每类参会人员的证件颜色、应领资料（如“资料袋, 密件×2”）和餐次；价格在“收费项目”中设置。</source>
        <translation>Each category’s badge colour, the materials it receives (such as “bag, confidential file×2”) and its meals; prices are set under “Fee items”.</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>证件颜色</source>
        <translation>Badge colour</translation>
    </message>
    <message>
        <source>证件模板</source>
        <translation>Badge template</translation>
    </message>
    <message>
        <source>先缴费后发证</source>
        <translation>Pay before badge</translation>
    </message>
    <message>
        <source>应领资料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <source>餐次</source>
        <translation>Meals</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>选择</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>交班（盲点）</source>
        <translation>Close shift (blind count)</translation>
    </message>
    <message>
        <source>没有填 0</source>
        <translation>Not filled: 0</translation>
    </message>
    <message>
        <source>{0}（元）</source>
        <translation>{0} (yuan)</translation>
    </message>
    <message>
        <source>差额原因</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>班次 {0} · {1} · 报到台 {2}</source>
        <translation>Shift {0} · {1} · desk {2}</translation>
    </message>
    <message>
        <source>{0} 开班，备用金 {1}。</source>
        <translation>Opened {0}, float {1}.</translation>
    </message>
    <message>
        <source>请先清点手中的现金和各收款方式的到账金额，逐项填写后按回车；</source>
        <translation>First count the cash you hold and what each method received, fill in each line and press Enter;</translation>
    </message>
    <message>
        <source>填写后才显示应有金额，且不能再修改。</source>
        <translation>only then are the expected amounts shown, and the count can no longer be changed.</translation>
    </message>
    <message>
        <source>清点完毕，显示应有金额</source>
        <translation>Counted: show the expected amounts</translation>
    </message>
    <message>
        <source>请填写{0}清点的金额（没有就填 0）。</source>
        <translation>Enter the amount counted for {0} (0 if none).</translation>
    </message>
    <message>
        <source>收款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>不清点</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>账实相符，没有差额。回车确认交班。</source>
        <translation>Count and books agree: no difference. Press Enter to close the shift.</translation>
    </message>
    <message>
        <source>差额合计 {0}（上限 {1}）：请填写原因，回车确认交班。</source>
        <translation>Total difference {0} (limit {1}): give a reason, then press Enter to close the shift.</translation>
    </message>
    <message>
        <source>差额合计 {0} 超过上限 {1}：请填写原因，并请主管输入 PIN 批准。</source>
        <translation>Total difference {0} is over the limit {1}: give a reason and have a supervisor approve with their PIN.</translation>
    </message>
    <message>
        <source>确认交班</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>有差额：请填写原因。</source>
        <translation>There is a difference: give a reason.</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <source>退还 {0}（{1}）…</source>
        <translation>Refund {0} ({1})…</translation>
    </message>
    <message>
        <source>把 {0} 换到其他房间…</source>
        <translation>Move {0} to another room…</translation>
    </message>
    <message>
        <source>（建议）</source>
        <translation> (suggested)</translation>
    </message>
    <message>
        <source>只保留 {0} {1}，退回另一张床</source>
        <translation>Keep only {0} {1}, give the other bed back</translation>
    </message>
    <message>
        <source>是同一人：合并…</source>
        <translation>Same person: merge…</translation>
    </message>
    <message>
        <source>不是同一人：保留两人</source>
        <translation>Different people: keep both</translation>
    </message>
    <message>
        <source>保留“{0}”</source>
        <translation>Keep “{0}”</translation>
    </message>
    <message>
        <source>已核实：证件和资料只发了一份</source>
        <translation>Checked: only one badge and one set of materials were given</translation>
    </message>
    <message>
        <source>主管核对后确认…</source>
        <translation>Supervisor checks and confirms…</translation>
    </message>
    <message>
        <source>已知晓</source>
        <translation>Noted</translation>
    </message>
    <message>
        <source>请主管核对收据 {0} 实际收退的钱，确认后此冲突关闭。</source>
        <translation>A supervisor checks the money actually taken and refunded for receipt {0}; confirming closes this conflict.</translation>
    </message>
    <message>
        <source>主管已确认。</source>
        <translation>Confirmed by the supervisor.</translation>
    </message>
    <message>
        <source>已退还收据 {0} 的 {1}（退款收据 {2}），主管 {3} 批准。</source>
        <translation>Refunded {1} of receipt {0} (refund receipt {2}), approved by supervisor {3}.</translation>
    </message>
    <message>
        <source>{0} 已从 {1} 换到 {2} 房间。</source>
        <translation>{0} moved from room {1} to room {2}.</translation>
    </message>
    <message>
        <source>正在打印住宿凭单。</source>
        <translation>Printing the room slip.</translation>
    </message>
    <message>
        <source>{0} 只保留 {1} 房间，另一张床已退回。</source>
        <translation>{0} keeps room {1} only; the other bed was given back.</translation>
    </message>
    <message>
        <source>已合并为一人：保留 {0}。</source>
        <translation>Merged into one person: {0} kept.</translation>
    </message>
    <message>
        <source>已记录：保留两人。</source>
        <translation>Recorded: both people kept.</translation>
    </message>
    <message>
        <source>已记录：{0}已核实。</source>
        <translation>Recorded: {0} checked.</translation>
    </message>
    <message>
        <source>已保留“{0}”。</source>
        <translation>Kept “{0}”.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>没有未解决的冲突。</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>正在读取冲突…</source>
        <translation>Reading the conflicts…</translation>
    </message>
    <message>
        <source>↑/↓ 选择冲突，Tab 到处理按钮，回车或空格执行。处理结果会随同步文件传到其他报到台。</source>
        <translation>↑/↓ choose a conflict, Tab reaches its buttons, Enter or Space runs one. What you decide travels to the other desks with the sync files.</translation>
    </message>
    <message>
        <source>未解决 {0} 个</source>
        <translation>{0} open</translation>
    </message>
</context>
<context>
    <name>CountersStrip</name>
    <message>
        <source>已报到 {0} / {1}</source>
        <translation>Checked in {0} / {1}</translation>
    </message>
    <message>
        <source>今日收款 {0}（{1}）</source>
        <translation>Taken today {0} ({1})</translation>
    </message>
    <message>
        <source>今日收款 {0}</source>
        <translation>Taken today {0}</translation>
    </message>
    <message>
        <source>{0} 晚：已用房 {1} · 空床 {2}</source>
        <translation>Night of {0}: rooms used {1} · beds free {2}</translation>
    </message>
    <message>
        <source>无住宿安排</source>
        <translation>No hotel rooms</translation>
    </message>
</context>
<context>
    <name>DayClosePanel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>收款笔数</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>净额</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>要发票</source>
        <translation>Invoice requested</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>当日收费（全部报到台）</source>
        <translation>The day&apos;s takings (all desks)</translation>
    </message>
    <message>
        <source>交班记录（全部班次）</source>
        <translation>Shift closes (all shifts)</translation>
    </message>
    <message>
        <source>导出：</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>收款 {0} 笔 {1} · 退款 {2} 笔 {3} · 净额 {4}</source>
        <translation>{0} payments {1} · {2} refunds {3} · net {4}</translation>
    </message>
    <message>
        <source> · 当日班次 {0} 个，未交班 {1} 个，差额合计 {2}</source>
        <translation> · {0} shifts today, {1} not closed, total difference {2}</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>按报到台</source>
        <translation>By desk</translation>
    </message>
    <message>
        <source>按操作员</source>
        <translation>By operator</translation>
    </message>
    <message>
        <source>按方式</source>
        <translation>By method</translation>
    </message>
    <message>
        <source>按收费项目</source>
        <translation>By fee item</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0}–{1} 已交班</source>
        <translation>{0}–{1} closed</translation>
    </message>
    <message>
        <source>{0} 起，进行中</source>
        <translation>since {0}, open</translation>
    </message>
</context>
<context>
    <name>DeskCheckIn</name>
    <message>
        <source>报到成功。</source>
        <translation>Checked in.</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）报到成功。</source>
        <translation>{0} ({1}, {2}) checked in.</translation>
    </message>
    <message>
        <source>{0}（{1}）报到成功。</source>
        <translation>{0} ({1}) checked in.</translation>
    </message>
    <message>
        <source>已发：{0}。</source>
        <translation>Handed out: {0}.</translation>
    </message>
    <message>
        <source>待缴费 ¥{0}（F2 收费，缴费后打印证件）</source>
        <translation>¥{0} due (F2 to collect; the badge prints once paid)</translation>
    </message>
    <message>
        <source>还需排房（F4）</source>
        <translation>a room to choose (F4)</translation>
    </message>
    <message>
        <source>还需：{0}。</source>
        <translation>Still to do: {0}.</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（按 F1 只报到，不发资料。）</source>
        <translation>(F1 checks in without handing out.)</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>扫码，或输入编号 / 姓名 / 拼音 / 手机后四位 / 单位</source>
        <translation>Scan, or type code / name / pinyin / last 4 digits / unit</translation>
    </message>
    <message>
        <source>回车 选择 / 报到</source>
        <translation>Enter select / check in</translation>
    </message>
    <message>
        <source>Esc 清空</source>
        <translation>Esc clear</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>请先扫码或搜索，选择一位参会人员。</source>
        <translation>First scan or search to choose an attendee.</translation>
    </message>
</context>
<context>
    <name>DeskPrintNotices</name>
    <message>
        <source>正在打印证件。</source>
        <translation>Printing the badge.</translation>
    </message>
    <message>
        <source>正在打印收据。</source>
        <translation>Printing the receipt.</translation>
    </message>
    <message>
        <source>正在打印住宿凭单。</source>
        <translation>Printing the room slip.</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>住宿凭单</source>
        <translation>Room slip</translation>
    </message>
    <message>
        <source>可在打印队列中重试。</source>
        <translation>Retry it from the print queue.</translation>
    </message>
    <message>
        <source>{0}未打印：{1}</source>
        <translation>{0} not printed: {1}</translation>
    </message>
</context>
<context>
    <name>DeskSearch</name>
    <message>
        <source>没有找到“{0}”。新来的参会人员请按 Ctrl+N 现场注册。</source>
        <translation>Nobody matches “{0}”. Register a new arrival with Ctrl+N.</translation>
    </message>
    <message>
        <source>有 {0} 人符合“{1}”：用 ↑/↓ 选择，回车确认。</source>
        <translation>{0} people match “{1}”: choose with ↑/↓, Enter confirms.</translation>
    </message>
    <message>
        <source>找不到与“{0}”相符的参会人员。</source>
        <translation>No attendee matches “{0}”.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>点击切换操作员</source>
        <translation>Click to change the operator</translation>
    </message>
    <message>
        <source>本台当前操作员的班次（选项 → 开班 / 交班）</source>
        <translation>The current operator&apos;s shift at this desk (Options → Open shift / Close shift)</translation>
    </message>
    <message>
        <source>点击查看冲突</source>
        <translation>Click to see the conflicts</translation>
    </message>
    <message>
        <source>报到台 {0}</source>
        <translation>Desk {0}</translation>
    </message>
    <message>
        <source>未打开会议</source>
        <translation>No event open</translation>
    </message>
    <message>
        <source>操作员：{0}</source>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <source>未开班</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>班次 {0}</source>
        <translation>Shift {0}</translation>
    </message>
    <message>
        <source>已报到 {0} / 总数 {1}</source>
        <translation>Checked in {0} / total {1}</translation>
    </message>
    <message>
        <source>冲突 {0}</source>
        <translation>Conflicts {0}</translation>
    </message>
</context>
<context>
    <name>DeskTasks</name>
    <message>
        <source>已收 {0} {1} {2}（{3}）</source>
        <translation>Received from {0}: {1} {2} ({3})</translation>
    </message>
    <message>
        <source>，找零 {0}</source>
        <translation>, change {0}</translation>
    </message>
    <message>
        <source>，收据号 {0}。</source>
        <translation>, receipt {0}.</translation>
    </message>
    <message>
        <source>已发给 {0}（{1} 代领）：{2}。</source>
        <translation>Handed to {0} (picked up by {1}): {2}.</translation>
    </message>
    <message>
        <source>已发给 {0}：{1}。</source>
        <translation>Handed to {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} 已退房。</source>
        <translation>{0} has left the room.</translation>
    </message>
    <message>
        <source>{0} 已排入 {1} 房间。</source>
        <translation>{0} is in room {1}.</translation>
    </message>
    <message>
        <source>{0} 的证件已登记打印（第 {1} 次）。</source>
        <translation>{0}&apos;s badge is recorded as printed (print {1}).</translation>
    </message>
    <message>
        <source>本台还没有证件打印机：请在“证件与打印”页的打印设置中添加。</source>
        <translation>This desk has no badge printer yet: add one on the Badges &amp; printing page.</translation>
    </message>
    <message>
        <source>已保存 {0} 的信息。</source>
        <translation>{0}&apos;s details are saved.</translation>
    </message>
    <message>
        <source>已现场注册 {0}，编号 {1}。按回车报到。</source>
        <translation>{0} is registered with code {1}. Press Enter to check in.</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>门口模式 — {0}</source>
        <translation>Door mode — {0}</translation>
    </message>
    <message>
        <source>请扫描证件（或输入编号后按回车）</source>
        <translation>Scan a badge (or type a code and press Enter)</translation>
    </message>
    <message>
        <source>连按两次 Esc 离开门口模式</source>
        <translation>Press Esc twice to leave door mode</translation>
    </message>
    <message>
        <source>已进 {0}&#x3000;拒绝 {1}</source>
        <translation>In {0}&#x3000;Refused {1}</translation>
    </message>
    <message>
        <source>请扫描证件</source>
        <translation>Scan a badge</translation>
    </message>
    <message>
        <source>再按一次 Esc 离开门口模式</source>
        <translation>Press Esc again to leave door mode</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>修改参会人员信息</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <source>回车保存，Esc 取消。</source>
        <translation>Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
</context>
<context>
    <name>EventPart</name>
    <message>
        <source>会议</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>会议名称、地点和日期；住宿晚是酒店房间的晚数，排房按这些晚计算。</source>
        <translation>The event’s name, place and dates; the hotel nights are the nights rooms are booked for, and rooms are assigned over them.</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>会议地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>住宿晚</source>
        <translation>Hotel nights</translation>
    </message>
    <message>
        <source>学分项目编号</source>
        <translation>Credit programme number</translation>
    </message>
    <message>
        <source>学分类别</source>
        <translation>Credit class</translation>
    </message>
    <message>
        <source>{0} 晚</source>
        <translation>night of {0}</translation>
    </message>
</context>
<context>
    <name>FeesPart</name>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>上表是收费项目（会务费、住宿费…），勾选“按晚计费”的项目按每晚价格；下表是每类人员的价格（元），现场价留空即与早鸟价相同。</source>
        <translation>Above, the fee items (registration fee, hotel…); an item ticked “Per night” is priced per night. Below, each category’s price in yuan; an empty on-site price is the same as the early-bird price.</translation>
    </message>
    <message>
        <source>按晚计费</source>
        <translation>Per night</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>早鸟价（元）</source>
        <translation>Early bird (yuan)</translation>
    </message>
    <message>
        <source>现场价（元）</source>
        <translation>On site (yuan)</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>名单文件的位置</source>
        <translation>Where the roster file is</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>选择组织方发来的名单：Excel 工作簿（.xlsx、.xls）或 CSV 文件，原样即可——标题行、空行和合计行会自动跳过，表头自动识别。</source>
        <translation>Choose the roster the organizer sent: an Excel workbook (.xlsx, .xls) or a CSV file, as it is — title rows, blank rows and total rows are skipped and the header is found automatically.</translation>
    </message>
    <message>
        <source>同一人（手机或身份证号相同）会更新原有记录，不会重复添加。</source>
        <translation>The same person (same phone or ID number) updates the existing record instead of being added twice.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>发资料</source>
        <translation>Hand out materials</translation>
    </message>
    <message>
        <source>此类别没有需要发放的资料。</source>
        <translation>This category gets no materials.</translation>
    </message>
    <message>
        <source>应发的资料都已领取。</source>
        <translation>Everything due has been received.</translation>
    </message>
    <message>
        <source>缺货：{0}。请补充库存后再发。</source>
        <translation>Out of stock: {0}. Restock before handing it out.</translation>
    </message>
    <message>
        <source>本人领取不填</source>
        <translation>Leave empty if they came themselves</translation>
    </message>
    <message>
        <source>代领人：</source>
        <translation>Picked up by:</translation>
    </message>
    <message>
        <source>空格 勾选/取消，回车 发放，Tab 填代领人（同事代领时），Esc 取消。</source>
        <translation>Space ticks, Enter hands out, Tab for the colleague picking up, Esc cancels.</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>{0}&#x3000;已领</source>
        <translation>{0} — received</translation>
    </message>
    <message>
        <source>{0}&#x3000;缺货</source>
        <translation>{0} — out of stock</translation>
    </message>
    <message>
        <source>{0}&#x3000;库存 {1}</source>
        <translation>{0} — {1} in stock</translation>
    </message>
    <message>
        <source>没有勾选要发放的资料。</source>
        <translation>Nothing is ticked.</translation>
    </message>
    <message>
        <source>{0} 缺货，不能发放。请取消勾选。</source>
        <translation>{0} is out of stock and cannot be handed out. Untick it.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>合并的重复行</source>
        <translation>Duplicate rows merged</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>跳过（空行、合计行）</source>
        <translation>Skipped (blank, total rows)</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>警告</source>
        <comment>one row</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>将新增 {0} 人，更新 {1} 人，{2} 人无变化。尚未写入会议。</source>
        <translation>{0} new, {1} updated, {2} unchanged. Nothing is written to the event yet.</translation>
    </message>
    <message>
        <source>已导入：新增 {0} 人，更新 {1} 人，{2} 人无变化。</source>
        <translation>Imported: {0} new, {1} updated, {2} unchanged.</translation>
    </message>
    <message>
        <source>新的参会类别（导入时新建）：{0}</source>
        <translation>New categories (created by the import): {0}</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在导入… {0} / {1}</source>
        <translation>Importing… {0} / {1}</translation>
    </message>
    <message>
        <source>正在取消…已写入的内容会全部撤回。</source>
        <translation>Cancelling… everything written so far is rolled back.</translation>
    </message>
    <message>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入名单</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>名单表格 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Rosters (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>正在读取工作表…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <source>正在核对名单…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <source>名单中没有新的或变化的人员，无需导入。</source>
        <translation>Nobody in the roster is new or changed; there is nothing to import.</translation>
    </message>
    <message>
        <source>导入报告-{0}</source>
        <translation>Import report-{0}</translation>
    </message>
    <message>
        <source>保存导入报告</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在保存报告…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>报告已保存：{0}</source>
        <translation>Report saved: {0}</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>加入会议</source>
        <translation>Join an event</translation>
    </message>
    <message>
        <source>主报到台导出的同步文件（.hwsync）</source>
        <translation>The sync file exported by the lead desk (.hwsync)</translation>
    </message>
    <message>
        <source>选择(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>例如 B1</source>
        <translation>e.g. B1</translation>
    </message>
    <message>
        <source>本机报到台的编号，1–6 位字母或数字，与其他报到台不同</source>
        <translation>This desk&apos;s code: 1–6 letters or digits, different from every other desk</translation>
    </message>
    <message>
        <source>本机操作员姓名（可不填）</source>
        <translation>This desk&apos;s operator (optional)</translation>
    </message>
    <message>
        <source>浏览(&amp;R)…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>同步文件</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <source>本机报到台编号</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <source>同步口令</source>
        <translation>Sync passphrase</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>会议文件保存到</source>
        <translation>Save the event file to</translation>
    </message>
    <message>
        <source>用主报到台导出的同步文件，在本机建立同一个会议的会议文件。会议文件请保存在本机硬盘上，不要放在U盘里。</source>
        <translation>Creates this laptop&apos;s event file for the same event from the lead desk&apos;s sync file. Save the event file on this laptop&apos;s disk, not on a USB stick.</translation>
    </message>
    <message>
        <source>加入</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>会议-{0}</source>
        <translation>event-{0}</translation>
    </message>
    <message>
        <source>选择主报到台的同步文件</source>
        <translation>Choose the lead desk&apos;s sync file</translation>
    </message>
    <message>
        <source>同步文件 (*.hwsync);;所有文件 (*)</source>
        <translation>Sync files (*.hwsync);;All files (*)</translation>
    </message>
    <message>
        <source>请选择主报到台的同步文件。</source>
        <translation>Please choose the lead desk&apos;s sync file.</translation>
    </message>
    <message>
        <source>找不到这个同步文件。</source>
        <translation>This sync file cannot be found.</translation>
    </message>
    <message>
        <source>请填写本机报到台编号。</source>
        <translation>Please enter this desk&apos;s code.</translation>
    </message>
    <message>
        <source>请输入同步口令。</source>
        <translation>Please enter the sync passphrase.</translation>
    </message>
    <message>
        <source>请选择会议文件的保存位置。</source>
        <translation>Please choose where to save the event file.</translation>
    </message>
    <message>
        <source>这个位置已经有文件了，请换一个文件名。</source>
        <translation>A file already exists there; please choose another name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>正在打开 {0} …</source>
        <translation>Opening {0} …</translation>
    </message>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>关于会务报到台…</source>
        <translation>About Huiwu Desk…</translation>
    </message>
    <message>
        <source>{0} — 会务报到台</source>
        <translation>{0} — Huiwu Desk</translation>
    </message>
    <message>
        <source>打开会议</source>
        <translation>Open event</translation>
    </message>
    <message>
        <source>会议文件 (*.huiwu);;所有文件 (*)</source>
        <translation>Event files (*.huiwu);;All files (*)</translation>
    </message>
    <message>
        <source>正在准备演示会议…</source>
        <translation>Preparing the demo event…</translation>
    </message>
    <message>
        <source>关于会务报到台</source>
        <translation>About Huiwu Desk</translation>
    </message>
    <message>
        <source>会务报到台 {0}</source>
        <translation>Huiwu Desk {0}</translation>
    </message>
    <message>
        <source>离线会务报到台：报到、收费、资料、排房、胸卡。</source>
        <translation>The offline conference reception desk: check-in, fees, materials, rooms, badges.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>每一列导入为哪一项，已按表头自动识别；请核对，需要时修改。不需要的列选“忽略”。Tab 键在各列之间移动。</source>
        <translation>What each column is imported as was recognized from its header; check it and change it where needed. Choose “Ignore” for columns you do not need. Tab moves from column to column.</translation>
    </message>
    <message>
        <source>工作表“{0}”：表头在第 {1} 行，数据从第 {2} 行开始，共 {3} 行。</source>
        <translation>Sheet “{0}”: the header is on row {1}, the data starts on row {2}, {3} rows in all.</translation>
    </message>
    <message>
        <source>至少要有一列导入为“姓名”。</source>
        <translation>At least one column must be imported as “Name”.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>前几行的内容</source>
        <translation>First values</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>资料</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已发</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>已退</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>缺货</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>库存不足</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>需清退，未退 {0}</source>
        <translation>To return, {0} out</translation>
    </message>
    <message>
        <source>参会类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>实发</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>（无类别）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>领取时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>领取人（本人）</source>
        <translation>For (attendee)</translation>
    </message>
    <message>
        <source>代领人</source>
        <translation>Picked up by</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>文件清退</source>
        <translation>Document returns</translation>
    </message>
    <message>
        <source>代领记录</source>
        <translation>Pickups for others</translation>
    </message>
    <message>
        <source>+100 入库，-3 减少</source>
        <translation>+100 received, -3 taken off</translation>
    </message>
    <message>
        <source>如：会务公司第二批送到；清点少了 3 本</source>
        <translation>e.g. second delivery arrived; 3 copies short</translation>
    </message>
    <message>
        <source>记录库存变动</source>
        <translation>Record stock change</translation>
    </message>
    <message>
        <source>资料：</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>数量：</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>入库与调整</source>
        <translation>Receive and adjust</translation>
    </message>
    <message>
        <source>变动记录（所选资料）</source>
        <translation>History (selected item)</translation>
    </message>
    <message>
        <source>剩余不到入库量的十分之一，或只剩 10 件以下时，标为“库存不足”。需清退的文件还要退回，未退份数列在“文件清退”。</source>
        <translation>An item is “low” when under a tenth of what was received, or 10 or fewer, is left. Documents to be returned are counted under “Document returns”.</translation>
    </message>
    <message>
        <source>扫描证件或输入编号，退回此人的全部待清退文件</source>
        <translation>Scan a badge or type a code to take back all of this person&apos;s documents</translation>
    </message>
    <message>
        <source>名单可在“报表 → 文件清退”导出，按手机号电话联系未退人员。</source>
        <translation>Export the list under Reports → Document returns and phone those who have not returned.</translation>
    </message>
    <message>
        <source>未清退：{0} 人，{1} 份。</source>
        <translation>Not returned: {0} people, {1} copies.</translation>
    </message>
    <message>
        <source>需清退的文件都已退回。</source>
        <translation>All documents have been returned.</translation>
    </message>
    <message>
        <source>{0}（剩 {1}）</source>
        <translation>{0} ({1} left)</translation>
    </message>
    <message>
        <source>库存不足：{0}</source>
        <translation>Low stock: {0}</translation>
    </message>
    <message>
        <source>{0:+d}&#x3000;{1}（{2}）</source>
        <translation>{0:+d}&#x3000;{1} ({2})</translation>
    </message>
    <message>
        <source>还没有入库或调整记录。</source>
        <translation>No stock changes yet.</translation>
    </message>
    <message>
        <source>还没有资料：请先在“设置 → 会议设置”中添加。</source>
        <translation>No materials yet: add them under Settings → Event setup.</translation>
    </message>
    <message>
        <source>“{0}”入库 {1}，现剩余 {2}。</source>
        <translation>“{0}”: {1} received, {2} left.</translation>
    </message>
    <message>
        <source>“{0}”减少 {1}，现剩余 {2}。</source>
        <translation>“{0}”: {1} taken off, {2} left.</translation>
    </message>
    <message>
        <source>{0} 已退回：{1}。</source>
        <translation>{0} returned: {1}.</translation>
    </message>
</context>
<context>
    <name>MaterialsPart</name>
    <message>
        <source>资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>资料、礼品和票券的库存；“需清退”的文件会后要收回。</source>
        <translation>Stock of materials, gifts and tickets; documents marked “Return” are collected again after the event.</translation>
    </message>
    <message>
        <source>资料名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>需清退</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并为一人</source>
        <translation>Merge into one person</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>保留哪一条记录？</source>
        <translation>Which record stays?</translation>
    </message>
    <message>
        <source>其他记录会记为这条记录的别名（同一个人），不再算作重复；合并会同步到其他报到台。↑/↓ 选择，回车合并。</source>
        <translation>The other records become aliases of this one (the same person) and no longer count as duplicates; the merge syncs to the other desks. ↑/↓ choose, Enter merges.</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>MoneyActions</name>
    <message>
        <source>收据 {0} 已送去补打（标明“补打”）。</source>
        <translation>Receipt {0} sent to print again (marked as a reprint).</translation>
    </message>
    <message>
        <source>收据 {0}：{1} {2} {3} {4}
报到台 {5} · {6} · {7}</source>
        <translation>Receipt {0}: {1} {2} {3} {4}
Desk {5} · {6} · {7}</translation>
    </message>
    <message>
        <source>收据 {0}（{1} {2}）已作废，主管 {3} 批准。</source>
        <translation>Receipt {0} ({1} {2}) is void, approved by {3}.</translation>
    </message>
    <message>
        <source>已退还收据 {0} 的 {1}，主管 {2} 批准。</source>
        <translation>Refunded {1} of receipt {0}, approved by {2}.</translation>
    </message>
    <message>
        <source>正在打印凭证。</source>
        <translation>Printing the slip.</translation>
    </message>
</context>
<context>
    <name>MoneyFilterBar</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>本班次</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>从…到…</source>
        <translation>From… to…</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部操作员</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>全部报到台</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>全部班次</source>
        <translation>All shifts</translation>
    </message>
    <message>
        <source>全部方式</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>全部收费项目</source>
        <translation>All fee items</translation>
    </message>
    <message>
        <source>发票：全部</source>
        <translation>Invoice: all</translation>
    </message>
    <message>
        <source>要发票</source>
        <translation>Invoice requested</translation>
    </message>
    <message>
        <source>不要发票</source>
        <translation>No invoice</translation>
    </message>
</context>
<context>
    <name>MoneyModel</name>
    <message>
        <source>普票</source>
        <translation>Normal invoice</translation>
    </message>
    <message>
        <source>专票</source>
        <translation>Special VAT invoice</translation>
    </message>
    <message>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>退款（原收据 {0}）</source>
        <translation>Refund (receipt {0})</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>已退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>已退 {0}</source>
        <translation>Refunded {0}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>原因：{0}；主管：{1}</source>
        <translation>Reason: {0}; supervisor: {1}</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>收据号：扫描收据或输入后回车</source>
        <translation>Receipt no.: scan the receipt or type it and press Enter</translation>
    </message>
    <message>
        <source>补打收据 (P)</source>
        <translation>Reprint receipt (P)</translation>
    </message>
    <message>
        <source>作废 (Del)</source>
        <translation>Void (Del)</translation>
    </message>
    <message>
        <source>退款 (R)</source>
        <translation>Refund (R)</translation>
    </message>
    <message>
        <source>专票</source>
        <translation>Special VAT invoice</translation>
    </message>
    <message>
        <source>只显示收据 {0} 的记录 · Esc 返回筛选</source>
        <translation>Only receipt {0} · Esc goes back to the filter</translation>
    </message>
    <message>
        <source>没有找到收据 {0}。</source>
        <translation>No receipt {0}.</translation>
    </message>
    <message>
        <source>共 {0} 条 · 收款 {1} 笔 {2} · 退款 {3} 笔 {4} · 净额 {5}</source>
        <translation>{0} lines · {1} payments {2} · {3} refunds {4} · net {5}</translation>
    </message>
    <message>
        <source> · 作废 {0} 笔 {1}</source>
        <translation> · {0} voided {1}</translation>
    </message>
    <message>
        <source> · 要发票 {0} 笔</source>
        <translation> · {0} invoices requested</translation>
    </message>
    <message>
        <source>按方式（净额）：</source>
        <translation>By method (net):</translation>
    </message>
</context>
<context>
    <name>MoveRoomDialog</name>
    <message>
        <source>换房</source>
        <translation>Change room</translation>
    </message>
    <message>
        <source>{0}：从 {1} 房间调出</source>
        <translation>{0}: out of room {1}</translation>
    </message>
    <message>
        <source>不用建议时输入房号</source>
        <translation>Room number, instead of a suggestion</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>建议的房间（每晚都有空床）</source>
        <translation>Suggested rooms (a free bed every night)</translation>
    </message>
    <message>
        <source>没有合适的空床。可以输入房号。</source>
        <translation>No suitable free bed. You can type a room number.</translation>
    </message>
    <message>
        <source>↑/↓ 选择建议，回车换入；或输入房号后回车。</source>
        <translation>↑/↓ choose a suggestion, Enter moves; or type a room number and press Enter.</translation>
    </message>
    <message>
        <source>换入</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>请输入房号。</source>
        <translation>Please enter a room number.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>新建会议</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>例如：2026年全国心血管病学术年会</source>
        <translation>e.g. 2026 National Cardiology Congress</translation>
    </message>
    <message>
        <source>本机报到台的编号，1–6 位字母或数字，例如 A1</source>
        <translation>This desk&apos;s code: 1–6 letters or digits, e.g. A1</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>报到台编号</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Save to</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>现金备用金（元）</source>
        <translation>Cash float (yuan)</translation>
    </message>
    <message>
        <source>{0} 在报到台 {1} 开班</source>
        <translation>{0} opens a shift at desk {1}</translation>
    </message>
    <message>
        <source>备用金是开班时钱箱里的零钱，交班时计入现金应有金额。回车开班。</source>
        <translation>The float is the change in the cash box when the shift opens; it counts towards the cash expected at close. Press Enter to open.</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <source>操作员</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>添加操作员…</source>
        <translation>Add operator…</translation>
    </message>
    <message>
        <source>设置或修改 PIN…</source>
        <translation>Set or change PIN…</translation>
    </message>
    <message>
        <source>PIN 只保存加密后的摘要，随同步文件传到其他报到台。修改 PIN 需要原 PIN，或另一位主管输入自己的 PIN 批准。</source>
        <translation>Only a salted hash of a PIN is kept; it travels to the other desks in the sync files. Changing a PIN needs the old PIN, or another supervisor&apos;s approval with their own PIN.</translation>
    </message>
    <message>
        <source>已设置</source>
        <translation>set</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>退款和作废需要主管输入自己的 PIN。</source>
        <translation>Refunds and voids need the approving supervisor to enter their own PIN.</translation>
    </message>
    <message>
        <source>主管还没有设置 PIN：退款和作废凭主管姓名即可批准。为主管设置 PIN 后，每次批准都需要输入 PIN。</source>
        <translation>No supervisor has a PIN yet: refunds and voids are approved by the supervisor&apos;s name alone. Once a supervisor has a PIN, every approval needs a PIN.</translation>
    </message>
    <message>
        <source>已添加{0}：{1}。</source>
        <translation>Added {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} 的 PIN 已保存，同步后其他报到台也会使用新的 PIN。</source>
        <translation>{0}&apos;s PIN is saved; the other desks use the new PIN after the next sync.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>排房建议</source>
        <translation>Room proposal</translation>
    </message>
    <message>
        <source>同单位同住(&amp;U)</source>
        <translation>Colleagues of one &amp;unit together</translation>
    </message>
    <message>
        <source>优先安排专家、女士、年长者(&amp;P)</source>
        <translation>&amp;Place experts, women and older guests first</translation>
    </message>
    <message>
        <source>只排已报到的人(&amp;A)</source>
        <translation>Only people who have &amp;arrived</translation>
    </message>
    <message>
        <source>使用机动房(&amp;B)</source>
        <translation>Use spare rooms (&amp;B)</translation>
    </message>
    <message>
        <source>允许异性同住（需主管批准）(&amp;M)</source>
        <translation>Allow &amp;mixed genders in a room (a supervisor approves)</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>生成建议 (&amp;G)</source>
        <translation>&amp;Generate proposal</translation>
    </message>
    <message>
        <source>选好选项后按“生成建议”。</source>
        <translation>Choose the options, then press “Generate proposal”.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>晚</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>仍待排</source>
        <translation>Still waiting</translation>
    </message>
    <message>
        <source>应用时只写入上面显示的建议；期间若有人排房，会提示重新生成。</source>
        <translation>Applying writes exactly the proposal shown above; if someone was placed meanwhile, you are asked to generate it again.</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>正在生成建议…</source>
        <translation>Generating the proposal…</translation>
    </message>
    <message>
        <source>重新生成 (&amp;G)</source>
        <translation>&amp;Generate again</translation>
    </message>
    <message>
        <source>建议排入 {0} 人（{1} 间房），仍待排 {2} 人。</source>
        <translation>Proposed: {0} people in {1} rooms; {2} still waiting.</translation>
    </message>
    <message>
        <source>仍待排 {0} 人</source>
        <translation>{0} still waiting</translation>
    </message>
    <message>
        <source>重新生成建议 (&amp;G)</source>
        <translation>&amp;Generate the proposal again</translation>
    </message>
    <message>
        <source>选项已改：请重新生成建议。</source>
        <translation>The options changed: generate the proposal again.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>同步口令</source>
        <translation>Sync passphrase</translation>
    </message>
    <message>
        <source>同步文件用会议的同步口令加密。请向主管询问口令；输入一次后，本机的会议文件会记住它。</source>
        <translation>Sync files are encrypted with the event&apos;s sync passphrase. Ask your supervisor for it; once entered, this desk&apos;s event file remembers it.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>请输入同步口令。</source>
        <translation>Please enter the sync passphrase.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>收费</source>
        <translation>Collect fee</translation>
    </message>
    <message>
        <source>{0}&#x3000;应收 {1} · 已收 {2} · 待收 {3}</source>
        <translation>{0} — fee {1} · paid {2} · due {3}</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>无待收</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>收费项目(&amp;I)</source>
        <translation>Fee &amp;item</translation>
    </message>
    <message>
        <source>发票（不要发票时留空）</source>
        <translation>Invoice (leave empty if none)</translation>
    </message>
    <message>
        <source>按 1–{0} 选择付款方式，Tab 填写金额、找零、单号或发票，Shift+Tab 换收费项目，回车确认收款。</source>
        <translation>Keys 1–{0} choose the method; Tab for amount, change, reference or invoice; Shift+Tab changes the fee item; Enter records the payment.</translation>
    </message>
    <message>
        <source>确认收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>{0}（待收 {1}）</source>
        <translation>{0} ({1} due)</translation>
    </message>
    <message>
        <source>{0}（已缴清）</source>
        <translation>{0} (paid)</translation>
    </message>
    <message>
        <source>{0}（无应收）</source>
        <translation>{0} (nothing due)</translation>
    </message>
    <message>
        <source>{0} 晚 × {1} = {2}</source>
        <translation>{0} nights × {1} = {2}</translation>
    </message>
    <message>
        <source>应收 {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <source>{0} · 已收 {1} · 待收 {2}</source>
        <translation>{0} · paid {1} · due {2}</translation>
    </message>
    <message>
        <source>“{0}”不是金额。</source>
        <translation>“{0}” is not an amount.</translation>
    </message>
    <message>
        <source>请输入收款金额。</source>
        <translation>Please enter the amount.</translation>
    </message>
    <message>
        <source>实收现金 {0} 少于收款金额 {1}。</source>
        <translation>Cash tendered {0} is less than the amount {1}.</translation>
    </message>
    <message>
        <source>实收现金“{0}”不是金额。</source>
        <translation>Cash tendered “{0}” is not an amount.</translation>
    </message>
    <message>
        <source>此人没有待收费用（{0}）。确实要再收 {1}，请再按回车。</source>
        <translation>Nothing is due ({0}). To take {1} anyway, press Enter again.</translation>
    </message>
    <message>
        <source>金额 {0} 超过{1}待收 {2}。确实要收，请再按回车。</source>
        <translation>The amount {0} is more than the {2} due for {1}. Press Enter again to take it anyway.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>收费明细 (&amp;L)</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>日结与交班 (&amp;J)</source>
        <translation>Day close and shifts (&amp;J)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>修改 PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>修改 {0}（{1}）的 PIN</source>
        <translation>Change the PIN of {0} ({1})</translation>
    </message>
    <message>
        <source>设置 PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>为 {0}（{1}）设置 PIN</source>
        <translation>Set a PIN for {0} ({1})</translation>
    </message>
    <message>
        <source>新 PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>再输一次新 PIN</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>原 PIN</source>
        <translation>Old PIN</translation>
    </message>
    <message>
        <source>或由另一位主管批准</source>
        <translation>Or approved by another supervisor</translation>
    </message>
    <message>
        <source>该主管的 PIN</source>
        <translation>That supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>输入原 PIN；忘记原 PIN 时，请另一位主管选择自己的名字并输入 PIN。</source>
        <translation>Enter the old PIN; if it is forgotten, another supervisor chooses their name and enters their PIN.</translation>
    </message>
    <message>
        <source>请输入原 PIN。</source>
        <translation>Enter the old PIN.</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>设置 PIN 需要一位已设置 PIN 的主管批准。</source>
        <translation>Setting a PIN needs the approval of a supervisor who has a PIN.</translation>
    </message>
    <message>
        <source>设置后，本会议的退款和作废都需要主管输入自己的 PIN（所有报到台同步后生效）。</source>
        <translation>From then on, every refund and void of this event needs the supervisor to enter their own PIN (on every desk after the next sync).</translation>
    </message>
    <message>
        <source>PIN 只保存加密后的摘要，随同步文件传到其他报到台。</source>
        <translation>Only a salted hash of the PIN is kept; it travels to the other desks in the sync files.</translation>
    </message>
    <message>
        <source>主管的 PIN 为 6 到 12 位数字。</source>
        <translation>A supervisor&apos;s PIN is 6 to 12 digits.</translation>
    </message>
    <message>
        <source>PIN 为 4 到 12 位数字。</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
        <source>保存 PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <source>请输入新 PIN。</source>
        <translation>Please enter the new PIN.</translation>
    </message>
    <message>
        <source>两次输入的新 PIN 不一致。</source>
        <translation>The two new PINs do not match.</translation>
    </message>
    <message>
        <source>请输入原 PIN，或请另一位主管批准。</source>
        <translation>Please enter the old PIN, or ask another supervisor to approve.</translation>
    </message>
    <message>
        <source>请批准的主管输入自己的 PIN。</source>
        <translation>The approving supervisor must enter their PIN.</translation>
    </message>
    <message>
        <source>请选择批准的主管。</source>
        <translation>Please choose the approving supervisor.</translation>
    </message>
</context>
<context>
    <name>PinRenewal</name>
    <message>
        <source>{0} 的 PIN 不足 6 位，刚才是它在本报到台的最后一次使用。请现在输入原 PIN，并设置 6 到 12 位数字的新 PIN。</source>
        <translation>{0}&apos;s PIN has fewer than 6 digits; that was its last use at this desk. Enter the old PIN now and set a new one of 6 to 12 digits.</translation>
    </message>
    <message>
        <source>{0} 的 PIN 已保存，同步后其他报到台也会使用新的 PIN。</source>
        <translation>{0}&apos;s PIN is saved; after the next sync the other desks use the new PIN too.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此功能将在后续版本中提供。</source>
        <translation>Coming in a later version.</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <source>门口模式：选择扫码点</source>
        <translation>Door mode: choose the scan point</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;已进 {2}，拒绝 {3}</source>
        <translation>{0}&#x3000;{1}&#x3000;in {2}, refused {3}</translation>
    </message>
    <message>
        <source>↑/↓ 选择，回车进入门口模式（全屏，扫码枪即可使用，无需鼠标）。</source>
        <translation>↑/↓ to choose, Enter for door mode (full screen, scanner only, no mouse).</translation>
    </message>
    <message>
        <source>本会议还没有扫码点：请在“设置 → 会议设置”中添加会场、用餐或学分签到点。</source>
        <translation>This event has no scan points: add a hall, meal or credit point under Settings → Event setup.</translation>
    </message>
    <message>
        <source>进入门口模式</source>
        <translation>Enter door mode</translation>
    </message>
    <message>
        <source>会场入口</source>
        <translation>Hall entrance</translation>
    </message>
    <message>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>学分签到</source>
        <translation>Credit sign-in</translation>
    </message>
    <message>
        <source>领取点</source>
        <translation>Pickup point</translation>
    </message>
</context>
<context>
    <name>PointsPart</name>
    <message>
        <source>扫码点与收款</source>
        <translation>Scan points and payments</translation>
    </message>
    <message>
        <source>扫码点是资料发放处、餐厅、会场门口和学分签到（类型：资料、用餐、会场、学分）。类别留空为所有人；时间如 2026-12-03 12:00；规则：仅一次、每天一次、宽限 30 分钟。</source>
        <translation>Scan points are the materials table, the restaurant, hall doors and credit sign-ins (kinds: materials, meal, session, credit). Empty categories = everyone; times like 2026-12-03 12:00; rules: once, once a day, 30 minutes&apos; tolerance.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>本会议使用的收款方式</source>
        <translation>Payment methods this event takes</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>用餐</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>会场</source>
        <translation>Hall</translation>
    </message>
</context>
<context>
    <name>PrintIndicator</name>
    <message>
        <source>打开打印队列</source>
        <translation>Open the print queue</translation>
    </message>
    <message>
        <source>⚠ 打印失败 {0}</source>
        <translation>⚠ {0} failed to print</translation>
    </message>
    <message>
        <source>待打印 {0}</source>
        <translation>{0} to print</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <source>报到时自动打印证件（已打印过的不再打印）(&amp;A)</source>
        <translation>Print the badge &amp;automatically at check-in (unless already printed)</translation>
    </message>
    <message>
        <source>打印机设置只属于这台电脑的报到台。地址写法：{0}。热敏小票机用 escpos-…；装了驱动的标签机用 system://打印机名。</source>
        <translation>Printers belong to this computer&apos;s desk only. Addresses look like: {0}. Thermal receipt printers: escpos-…; label printers with a driver: system://PRINTER NAME.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>只显示未完成的任务(&amp;O)</source>
        <translation>Show &amp;open jobs only</translation>
    </message>
    <message>
        <source>重试(&amp;R)</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>换打印机重试(&amp;U)…</source>
        <translation>Retry on another printer (&amp;U)…</translation>
    </message>
    <message>
        <source>取消任务(&amp;C)</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <source>打印失败不会影响报到和收费记录。接好打印机或在“打印机”页改好地址后，选中任务按“重试”。</source>
        <translation>A failed print never affects check-ins or payments. Connect the printer or fix its address on the Printers tab, then select the job and press “Retry”.</translation>
    </message>
    <message>
        <source>{0}：{1}，已尝试 {2} 次，打印机 {3}</source>
        <translation>{0}: {1}, tried {2} time(s), printer {3}</translation>
    </message>
    <message>
        <source>换打印机重试</source>
        <translation>Retry on another printer</translation>
    </message>
    <message>
        <source>打印机地址</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <source>已重新排队：{0}（{1}）。</source>
        <translation>Queued again: {0} ({1}).</translation>
    </message>
    <message>
        <source>已取消：{0}。</source>
        <translation>Cancelled: {0}.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>退款（需主管批准）</source>
        <translation>Refund (supervisor approval)</translation>
    </message>
    <message>
        <source>{0}
收据 {1}：{2} {3}
报到台 {4} · {5} · {6}</source>
        <translation>{0}
Receipt {1}: {2} {3}
Desk {4} · {5} · {6}</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>退款金额（元）</source>
        <translation>Refund amount (yuan)</translation>
    </message>
    <message>
        <source>可退 {0}</source>
        <translation>{0} can be refunded</translation>
    </message>
    <message>
        <source>重复收费</source>
        <translation>Double payment</translation>
    </message>
    <message>
        <source>退还全部或部分金额，并打印退款收据。请主管在场选择自己的名字、输入自己的 PIN，填写原因后按回车。</source>
        <translation>Refund all or part of the amount; a refund slip is printed. The supervisor chooses their own name, types their own PIN and a reason, then presses Enter.</translation>
    </message>
    <message>
        <source>退还这一笔的全部金额，并生成退款收据。请主管在场选择自己的名字、输入自己的 PIN 后按回车。</source>
        <translation>Gives back the whole amount of this payment and makes a refund receipt. The supervisor, present at the desk, chooses their name, enters their own PIN and presses Enter.</translation>
    </message>
    <message>
        <source>退还这一笔的全部金额，并生成退款收据。本会议的主管还没有设置 PIN，凭主管姓名批准；可在“设置”页面为主管设置 PIN。</source>
        <translation>Gives back the whole amount of this payment and makes a refund receipt. No supervisor of this event has a PIN yet, so the supervisor&apos;s name approves; set supervisor PINs on the Settings page.</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>退款原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>本会议没有主管操作员，不能退款。请先添加主管。</source>
        <translation>This event has no supervisor, so no refund is possible. Add a supervisor first.</translation>
    </message>
    <message>
        <source>请主管输入自己的 PIN。</source>
        <translation>The supervisor must enter their own PIN.</translation>
    </message>
    <message>
        <source>请填写退款原因。</source>
        <translation>Please give a reason for the refund.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>列和表头…</source>
        <translation>Columns and headers…</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>↑/↓ 选择报表，回车导出。文件名自动带上当天日期，每晚导出一次即可。</source>
        <translation>↑/↓ choose a list, Enter exports it. The file name carries today&apos;s date: export once every night.</translation>
    </message>
    <message>
        <source>导出{0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出{0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <source>已导出{0}：{1} 行，保存在 {2}</source>
        <translation>Exported {0}: {1} rows, saved as {2}</translation>
    </message>
    <message>
        <source>已导出{0}，但没有符合条件的人员（0 行），保存在 {1}</source>
        <translation>Exported {0}, but nobody fits (0 rows); saved as {1}</translation>
    </message>
    <message>
        <source>{0}的列已保存，本机和其他报到台导出时都会使用。</source>
        <translation>The columns of the {0} are saved; this desk and the other desks use them when exporting.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>吊销报到台</source>
        <translation>Revoke desk</translation>
    </message>
    <message>
        <source>被吊销的报到台此后的操作在所有报到台都不再有效（同步后生效），它需要用新的会议文件重新加入。用于电脑丢失，或会议文件被复制后两处都在使用。</source>
        <translation>A revoked desk&apos;s later operations stand on no desk (once synced); it must join again with a new event file. For a lost laptop, or an event file copied and used in two places.</translation>
    </message>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>例如：电脑丢失</source>
        <translation>e.g. laptop lost</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>主管在场时选择自己的名字、输入 PIN 后按回车；Esc 取消。</source>
        <translation>The supervisor picks their name, types their PIN and presses Enter; Esc cancels.</translation>
    </message>
    <message>
        <source>吊销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>没有可以吊销的报到台。</source>
        <translation>There is no desk to revoke.</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <source>例如 {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>打印机地址(&amp;B)</source>
        <translation>Printer address (&amp;B)</translation>
    </message>
    <message>
        <source>打印机地址(&amp;E)</source>
        <translation>Printer address (&amp;E)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>从系统打印机选择…</source>
        <translation>Choose a system printer…</translation>
    </message>
    <message>
        <source>USB 设备…</source>
        <translation>USB device…</translation>
    </message>
    <message>
        <source>测试打印</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>不使用打印机</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>本报到台正在使用：{0}</source>
        <translation>This desk uses: {0}</translation>
    </message>
    <message>
        <source>未设置：报到和 F5 只登记证件，不打印。</source>
        <translation>Not set up: check-in and F5 only record the badge, nothing is printed.</translation>
    </message>
    <message>
        <source>未设置：收费后不打印收据。</source>
        <translation>Not set up: no receipt is printed after a payment.</translation>
    </message>
    <message>
        <source>已保存。可以按“测试打印”试一下。</source>
        <translation>Saved. Press “Test print” to try it.</translation>
    </message>
    <message>
        <source>已取消这台打印机。</source>
        <translation>This desk no longer uses a printer for this.</translation>
    </message>
    <message>
        <source>这台电脑没有安装打印机驱动。</source>
        <translation>No printer driver is installed on this computer.</translation>
    </message>
    <message>
        <source>选择系统打印机</source>
        <translation>Choose a system printer</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>正在查找 USB 打印机…</source>
        <translation>Looking for USB printers…</translation>
    </message>
    <message>
        <source>没有找到 USB 打印机（需要 pyusb 和 libusb；Windows 上常用驱动方式）。</source>
        <translation>No USB printer found (this needs pyusb and libusb; on Windows the driver is the usual way).</translation>
    </message>
    <message>
        <source>选择 USB 打印机</source>
        <translation>Choose a USB printer</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>请先填写打印机地址。</source>
        <translation>Please enter the printer address first.</translation>
    </message>
    <message>
        <source>正在发送测试页到 {0}…</source>
        <translation>Sending a test page to {0}…</translation>
    </message>
    <message>
        <source>测试页已发送到 {0}。</source>
        <translation>Test page sent to {0}.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>排入 (Enter)</source>
        <translation>Place (Enter)</translation>
    </message>
    <message>
        <source>换房 (M)</source>
        <translation>Move (M)</translation>
    </message>
    <message>
        <source>退房 (Del)</source>
        <translation>Release (Del)</translation>
    </message>
    <message>
        <source>对调 (S)</source>
        <translation>Swap (S)</translation>
    </message>
    <message>
        <source>住期 (D)</source>
        <translation>Stay (D)</translation>
    </message>
    <message>
        <source>排房建议… (Ctrl+P)</source>
        <translation>Room proposal… (Ctrl+P)</translation>
    </message>
    <message>
        <source>请先在待排名单中选一个人（Alt+W）。</source>
        <translation>First choose a person in the waiting list (Alt+W).</translation>
    </message>
    <message>
        <source>这个格子里没有人：请选一个有人住的格子（Alt+R）。</source>
        <translation>Nobody sleeps in this cell: choose a cell with someone in it (Alt+R).</translation>
    </message>
    <message>
        <source>选择入住人</source>
        <translation>Choose the guest</translation>
    </message>
    <message>
        <source>这个格子里有 {0} 人，对哪一位操作？</source>
        <translation>{0} people sleep in this cell: which one?</translation>
    </message>
    <message>
        <source>请先在待排名单中选要排入的人（Alt+W）。</source>
        <translation>First choose the person to place in the waiting list (Alt+W).</translation>
    </message>
    <message>
        <source>请先在房间表中选一个房间（Alt+R）。</source>
        <translation>First choose a room in the grid (Alt+R).</translation>
    </message>
    <message>
        <source>{0} 已排入 {1}（{2}）。</source>
        <translation>{0} is in {1} ({2}).</translation>
    </message>
    <message>
        <source>正在打印住宿凭单。</source>
        <translation>Printing the room slip.</translation>
    </message>
    <message>
        <source>换房</source>
        <translation>Move to another room</translation>
    </message>
    <message>
        <source>把 {0}（{1}）换到哪个房间？</source>
        <translation>Move {0} ({1}) to which room?</translation>
    </message>
    <message>
        <source>房号，或“酒店/房号”</source>
        <translation>Room number, or “hotel/number”</translation>
    </message>
    <message>
        <source>换入</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>原房间的床位同时退掉；新房间住满或不合适时什么都不改。</source>
        <translation>The old bed is given back at the same time; if the new room is full or does not fit, nothing changes.</translation>
    </message>
    <message>
        <source>{0} 已换到 {1}。</source>
        <translation>{0} moved to {1}.</translation>
    </message>
    <message>
        <source>退房</source>
        <translation>Release the bed</translation>
    </message>
    <message>
        <source>让 {0}（{1}）退房？房间 {2} 的床位将全部退掉。</source>
        <translation>Release {0} ({1})? Every night of the bed in room {2} is given back.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} 已退房。</source>
        <translation>{0}&apos;s bed was given back.</translation>
    </message>
    <message>
        <source>对调房间</source>
        <translation>Swap rooms</translation>
    </message>
    <message>
        <source>{0}（{1}）与谁对调房间？</source>
        <translation>Swap {0} ({1}) with whom?</translation>
    </message>
    <message>
        <source>对方的编号或姓名</source>
        <translation>The other person&apos;s code or name</translation>
    </message>
    <message>
        <source>对调</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>两人各带自己的住宿晚换到对方的房间；有一方不合适时什么都不改。</source>
        <translation>Each moves into the other&apos;s room for their own nights; if either does not fit, nothing changes.</translation>
    </message>
    <message>
        <source>选择对调的人</source>
        <translation>Choose whom to swap with</translation>
    </message>
    <message>
        <source>有 {0} 位“{1}”，与哪一位对调？</source>
        <translation>There are {0} people called “{1}”: which one?</translation>
    </message>
    <message>
        <source>{0} 与 {1} 已对调房间。</source>
        <translation>{0} and {1} swapped rooms.</translation>
    </message>
</context>
<context>
    <name>RoomChoice</name>
    <message>
        <source>，同住：{0}</source>
        <translation>, with {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1} · {2} · 空 {3} 床{4} — {5}</source>
        <translation>{0}  {1} · {2} · {3} bed(s) free{4} — {5}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>排房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>要求单住</source>
        <translation>asks for a single room</translation>
    </message>
    <message>
        <source>希望与 {0} 同住</source>
        <translation>wants to share with {0}</translation>
    </message>
    <message>
        <source>{0} 晚空床 {1} 张</source>
        <translation>Night of {0}: {1} beds free</translation>
    </message>
    <message>
        <source>不用建议时输入房号</source>
        <translation>Or type a room number</translation>
    </message>
    <message>
        <source>现住 {0} {1}（{2}）</source>
        <translation>Now in {0} {1} ({2})</translation>
    </message>
    <message>
        <source>退房 (Ctrl+R)</source>
        <translation>Leave room (Ctrl+R)</translation>
    </message>
    <message>
        <source>要换房，请先退房再排。</source>
        <translation>To move, leave the room first, then assign another.</translation>
    </message>
    <message>
        <source>建议的房间</source>
        <translation>Suggested rooms</translation>
    </message>
    <message>
        <source>没有合适的空床。可以输入房号，或先调整住宿日期。</source>
        <translation>No suitable free bed. Type a room number, or change the nights first.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room number</translation>
    </message>
    <message>
        <source>↑/↓ 选择建议，回车排入；或输入房号后回车。</source>
        <translation>↑/↓ choose a suggestion, Enter assigns it; or type a room number and press Enter.</translation>
    </message>
    <message>
        <source>排入</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请输入房号。</source>
        <translation>Please enter a room number.</translation>
    </message>
</context>
<context>
    <name>RoomFilters</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>可住男</source>
        <translation>Can take a man</translation>
    </message>
    <message>
        <source>可住女</source>
        <translation>Can take a woman</translation>
    </message>
    <message>
        <source>只看有空床(&amp;K)</source>
        <translation>Only rooms with a free bed (&amp;K)</translation>
    </message>
    <message>
        <source>房号，或入住人姓名/编号</source>
        <translation>Room number, or a guest&apos;s name or code</translation>
    </message>
    <message>
        <source>查找(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>酒店(&amp;H)</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>房型(&amp;Y)</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>楼层(&amp;L)</source>
        <translation>F&amp;loor</translation>
    </message>
    <message>
        <source>性别(&amp;X)</source>
        <translation>Gender (&amp;X)</translation>
    </message>
    <message>
        <source>{0} / {1} 间</source>
        <translation>{0} / {1} rooms</translation>
    </message>
    <message>
        <source>{0} {1}：用房 {2} 间（单住 {3}），空房 {4} 间，空床 {5} 张，机动房已用 {6} 间、未用 {7} 间，入住 {8} 人</source>
        <translation>{0} {1}: {2} rooms used ({3} with one person), {4} rooms empty, {5} beds free, spare rooms {6} used and {7} held, {8} guests</translation>
    </message>
    <message>
        <source>每晚用房（间）/空床（张）：</source>
        <translation>Rooms used / beds free per night: </translation>
    </message>
    <message>
        <source>&#x3000;机动房未用 {0} 间</source>
        <translation>  {0} spare rooms held</translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message>
        <source> 机动</source>
        <translation> spare</translation>
    </message>
    <message>
        <source>酒店</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>房型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>床位</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>空床 {0}</source>
        <translation>{0} free</translation>
    </message>
    <message>
        <source>{0} 晚：所显示房间还有 {1} 张空床（不含机动房）</source>
        <translation>Night of {0}: {1} free beds in the rooms shown (spare rooms not counted)</translation>
    </message>
    <message>
        <source>机动房：预留给会务组调剂，排房建议不使用（除非勾选使用机动房）</source>
        <translation>Spare room: held back for the team; room proposals leave it alone (unless spare rooms are allowed)</translation>
    </message>
    <message>
        <source>{0}：酒店这一晚不提供此房间，但有人入住：{1}</source>
        <translation>{0}: the hotel does not give this room that night, yet someone sleeps in it: {1}</translation>
    </message>
    <message>
        <source>{0}：酒店这一晚不提供此房间</source>
        <translation>{0}: the hotel does not give this room that night</translation>
    </message>
    <message>
        <source>{0}：超订！{1} 人住 {2} 张床：{3}。请把一人换到其他房间。</source>
        <translation>{0}: overbooked! {1} people in {2} beds: {3}. Move one of them to another room.</translation>
    </message>
    <message>
        <source>空 {0}</source>
        <translation>{0} free</translation>
    </message>
    <message>
        <source>{0}：空房，{1} 张床</source>
        <translation>{0}: empty, {1} beds</translation>
    </message>
    <message>
        <source>{0} · 空 {1}</source>
        <translation>{0} · {1} free</translation>
    </message>
    <message>
        <source>{0}：{1}；还有 {2} 张空床</source>
        <translation>{0}: {1}; {2} beds still free</translation>
    </message>
    <message>
        <source>{0}：{1}；已住满</source>
        <translation>{0}: {1}; full</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>RoomPlans</name>
    <message>
        <source>本会议还没有设置住宿日期。</source>
        <translation>This event has no nights set yet.</translation>
    </message>
    <message>
        <source>{0} 住期改为 {1}（{2} 晚）</source>
        <translation>{0} now stays {1} ({2} nights)</translation>
    </message>
    <message>
        <source>保留床位 {0}</source>
        <translation>bed kept on {0}</translation>
    </message>
    <message>
        <source>续住原房间 {0}</source>
        <translation>same room extended to {0}</translation>
    </message>
    <message>
        <source>待排 {0}</source>
        <translation>waiting for a bed on {0}</translation>
    </message>
    <message>
        <source>退掉 {0}</source>
        <translation>given back: {0}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>已按建议排入 {0} 人，仍待排 {1} 人。</source>
        <translation>Placed {0} people as proposed; {1} still waiting.</translation>
    </message>
</context>
<context>
    <name>RoomWaitingModel</name>
    <message>
        <source>单住</source>
        <translation>Room alone</translation>
    </message>
    <message>
        <source>同住：{0}</source>
        <translation>With: {0}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>缺房晚</source>
        <translation>Nights without a bed</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>住宿 {0}；还缺 {1}</source>
        <translation>Stays {0}; no bed yet on {1}</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>要求：{0}</source>
        <translation>Requests: {0}</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>房间(&amp;R)</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <source>待排(&amp;W)</source>
        <translation>&amp;Waiting</translation>
    </message>
    <message>
        <source>本会议还没有房间：请在“设置 → 会议设置 → 酒店房间”中添加酒店和房间。</source>
        <translation>This event has no rooms yet: add hotels and rooms under Settings → Event setup → Hotels and rooms.</translation>
    </message>
    <message>
        <source>待排(&amp;W)：{0} 人</source>
        <translation>&amp;Waiting: {0}</translation>
    </message>
</context>
<context>
    <name>RoomsPart</name>
    <message>
        <source>酒店房间</source>
        <translation>Hotel rooms</translation>
    </message>
    <message>
        <source>一次添加一段房号：酒店名称和“301-330 标间 2床”，回车添加。“机动”房留作调配，报到台不推荐；“可住晚”留空表示每晚都可住。</source>
        <translation>Add a range of rooms at a time: the hotel’s name and “301-330 twin 2” (two beds each), Enter adds them. “Reserve” rooms are kept back and never suggested at the desk; empty “Nights” means every night.</translation>
    </message>
    <message>
        <source>酒店名称</source>
        <translation>Hotel name</translation>
    </message>
    <message>
        <source>301-330 标间 2床</source>
        <translation>301-330 twin 2</translation>
    </message>
    <message>
        <source>添加房间(&amp;A)</source>
        <translation>&amp;Add rooms</translation>
    </message>
    <message>
        <source>从酒店房间表导入…</source>
        <translation>Import the hotel’s room list…</translation>
    </message>
    <message>
        <source>酒店提供的 Excel 房间表：有“房号”列即可，房型、床位、楼层有则一并读入。</source>
        <translation>The hotel’s Excel room list: a “房号” (room number) column is enough; room type, beds and floor are read where present.</translation>
    </message>
    <message>
        <source>酒店</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>房型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>床位</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>机动</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>可住晚</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>请先写酒店名称。</source>
        <translation>Please write the hotel’s name first.</translation>
    </message>
    <message>
        <source>已添加 {0} 间（保存后生效）；{1} 间已在表中。</source>
        <translation>{0} room(s) added (in effect once saved); {1} already in the list.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>会议设置(&amp;E)</source>
        <translation>&amp;Event setup</translation>
    </message>
    <message>
        <source>操作员与语言(&amp;O)</source>
        <translation>&amp;Operators and language</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>导入设置表…</source>
        <translation>Import setup workbook…</translation>
    </message>
    <message>
        <source>导出设置表…</source>
        <translation>Export setup workbook…</translation>
    </message>
    <message>
        <source>从以往会议复制…</source>
        <translation>Copy from an earlier event…</translation>
    </message>
    <message>
        <source>会议设置</source>
        <translation>Event setup</translation>
    </message>
    <message>
        <source>新会议的下一步：① 会议设置——导入设置表、从以往会议复制，或在下面逐页填写（类别、收费项目、资料、酒店房间）；② 导入参会名单；③ 开始报到。</source>
        <translation>Next steps for a new event: ① the event setup — import a setup workbook, copy an earlier event, or fill in the pages below (categories, fee items, materials, hotel rooms); ② import the roster; ③ start checking in.</translation>
    </message>
    <message>
        <source>导入参会名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>开始报到</source>
        <translation>Start checking in</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>未保存。</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>已保存：新增 {0} 项，修改 {1} 项，同步后其他报到台也会更新。</source>
        <translation>Saved: {0} added, {1} changed; the other desks follow after the next sync.</translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>这项修改会影响已经办理的人员：</source>
        <translation>This change affects people already served:</translation>
    </message>
    <message>
        <source>已收的款和已发的资料不变。确定保存吗？</source>
        <translation>Payments taken and materials handed out stay as they are. Save anyway?</translation>
    </message>
    <message>
        <source>有 {0} 处需要改正，未做任何修改。</source>
        <translation>{0} thing(s) to correct; nothing was changed.</translation>
    </message>
    <message>
        <source>{0} 第 {1} 行：{2}</source>
        <translation>{0} row {1}: {2}</translation>
    </message>
    <message>
        <source>……另有 {0} 处</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>导出会议设置表</source>
        <translation>Export the setup workbook</translation>
    </message>
    <message>
        <source>已导出会议设置表：{0}</source>
        <translation>Setup workbook exported: {0}</translation>
    </message>
    <message>
        <source>导入会议设置表</source>
        <translation>Import a setup workbook</translation>
    </message>
    <message>
        <source>选择“{0}”的房间表</source>
        <translation>Choose the room list of “{0}”</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>选择以往的会议文件</source>
        <translation>Choose an earlier event file</translation>
    </message>
    <message>
        <source>会议文件 (*.huiwu)</source>
        <translation>Event files (*.huiwu)</translation>
    </message>
    <message>
        <source>未导入。</source>
        <translation>Not imported.</translation>
    </message>
</context>
<context>
    <name>SetupPart</name>
    <message>
        <source>在表格中直接输入；Insert 或 Ctrl+N 加一行，空格勾选，Ctrl+S 保存。</source>
        <translation>Type straight into the table; Insert or Ctrl+N adds a row, Space ticks, Ctrl+S saves.</translation>
    </message>
</context>
<context>
    <name>SharedFolderBox</name>
    <message>
        <source>共享文件夹（网络共享盘，或大家轮流插的同一个U盘）</source>
        <translation>Shared folder (a network share, or one USB stick passed from desk to desk)</translation>
    </message>
    <message>
        <source>选择文件夹(&amp;C)…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>停用(&amp;T)</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>自动同步间隔</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source>文件夹：{0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <source>未使用共享文件夹。</source>
        <translation>No shared folder in use.</translation>
    </message>
    <message>
        <source>选择共享文件夹</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>已停用共享文件夹同步。</source>
        <translation>Shared-folder sync stopped.</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>{0} 找不到共享文件夹 {1}。U盘或网络盘是否已连接？</source>
        <translation>{0} The shared folder {1} cannot be found. Is the USB stick or network drive connected?</translation>
    </message>
    <message>
        <source>{0} 已同步：收到 {1} 条新操作（来自 {2}）。</source>
        <translation>{0} Synced: {1} new operations (from {2}).</translation>
    </message>
    <message>
        <source>{0} 已同步：没有新内容。</source>
        <translation>{0} Synced: nothing new.</translation>
    </message>
    <message>
        <source>未解决的冲突 {0} 个。</source>
        <translation> {0} open conflicts.</translation>
    </message>
</context>
<context>
    <name>SheetStep</name>
    <message>
        <source>这个工作簿有 {0} 个工作表，请选择名单所在的一个。</source>
        <translation>This workbook has {0} sheets; choose the one that holds the roster.</translation>
    </message>
</context>
<context>
    <name>ShiftTasks</name>
    <message>
        <source>{0} 已开班：班次 {1}，备用金 {2}。</source>
        <translation>{0} opened shift {1}, float {2}.</translation>
    </message>
    <message>
        <source>班次 {0} 已交班：收款 {1} 笔，{2}。</source>
        <translation>Shift {0} closed: {1} payments, {2}.</translation>
    </message>
    <message>
        <source>差额 {0}</source>
        <translation>difference {0}</translation>
    </message>
    <message>
        <source>账实相符</source>
        <translation>count and books agree</translation>
    </message>
    <message>
        <source>正在打印交班报表。</source>
        <translation>Printing the shift report.</translation>
    </message>
    <message>
        <source>本台没有收据打印机，交班报表未打印。</source>
        <translation>This desk has no receipt printer: the shift report was not printed.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>切换操作员</source>
        <translation>Switch operator</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>当前操作员</source>
        <translation>Current operator</translation>
    </message>
    <message>
        <source>切换为</source>
        <translation>Switch to</translation>
    </message>
    <message>
        <source>设置了 PIN 的操作员需输入自己的 PIN；此后的收费和班次都记在此人名下。</source>
        <translation>An operator with a PIN types their own PIN; payments and shifts from now on are in their name.</translation>
    </message>
    <message>
        <source>切换</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>请 {0} 输入自己的 PIN。</source>
        <translation>{0}: please type your own PIN.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
    <message>
        <source>离线会议报到：登记、收费、资料发放、排房、证件</source>
        <translation>Offline conference check-in: registration, fees, materials, rooms, badges</translation>
    </message>
    <message>
        <source>新建会议…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>打开会议…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <source>打开演示会议</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <source>加入会议…</source>
        <translation>Join event…</translation>
    </message>
    <message>
        <source>用主报到台导出的同步文件，把本机加入同一个会议</source>
        <translation>Join this laptop to the same event with the lead desk&apos;s sync file</translation>
    </message>
    <message>
        <source>最近打开的会议</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <source>双击或按回车打开</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <source>还没有打开过会议。可以先打开演示会议看看。</source>
        <translation>No event opened yet. Try the demo event to look around.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>住期</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>续住一晚 (&amp;X)</source>
        <translation>E&amp;xtend one night</translation>
    </message>
    <message>
        <source>提前离店 (&amp;T)</source>
        <translation>Leave a day earlier (&amp;T)</translation>
    </message>
    <message>
        <source>现在：{0}，共 {1} 晚；已有床位：{2}</source>
        <translation>Now: {0}, {1} nights; beds: {2}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>入住日期(&amp;A)</source>
        <translation>&amp;Arrival</translation>
    </message>
    <message>
        <source>离店日期(&amp;E)</source>
        <translation>D&amp;eparture</translation>
    </message>
    <message>
        <source>只能在本会议的住宿期内（{0} 入住至 {1} 离店）。回车保存，Esc 取消。</source>
        <translation>Only within the event&apos;s nights (arrive {0}, leave {1} at the latest). Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <source>保存住期</source>
        <translation>Save the stay</translation>
    </message>
    <message>
        <source>不能再提前：离店日期必须晚于入住日期。</source>
        <translation>Cannot leave earlier: the departure must be after the arrival.</translation>
    </message>
    <message>
        <source>不能再续住：{0} 这一晚不在本会议的住宿期内。</source>
        <translation>Cannot extend: the night of {0} is outside the event&apos;s nights.</translation>
    </message>
    <message>
        <source>离店日期必须晚于入住日期。</source>
        <translation>The departure must be after the arrival.</translation>
    </message>
    <message>
        <source>住期不变。</source>
        <translation>The stay does not change.</translation>
    </message>
    <message>
        <source>改为 {0}，共 {1} 晚。</source>
        <translation>Becomes {0}, {1} nights.</translation>
    </message>
    <message>
        <source>新增 {0}：原房间有空床就续住原房间，否则进入待排。</source>
        <translation>New: {0}: in the same room if it has a bed, else on the waiting list.</translation>
    </message>
    <message>
        <source>新增 {0}：进入待排。</source>
        <translation>New: {0}: on the waiting list.</translation>
    </message>
    <message>
        <source>退掉 {0} 的床位。</source>
        <translation>The bed on {0} is given back.</translation>
    </message>
    <message>
        <source>不再住 {0}。</source>
        <translation>No longer staying {0}.</translation>
    </message>
    <message>
        <source>离店日期必须晚于入住日期，没有保存。</source>
        <translation>The departure must be after the arrival; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>选择文件</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>选择工作表</source>
        <translation>Choose the sheet</translation>
    </message>
    <message>
        <source>核对列</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>导出同步文件(&amp;E)…</source>
        <translation>&amp;Export sync file…</translation>
    </message>
    <message>
        <source>导入同步文件(&amp;I)…</source>
        <translation>&amp;Import sync files…</translation>
    </message>
    <message>
        <source>吊销报到台(&amp;R)…</source>
        <translation>&amp;Revoke desk…</translation>
    </message>
    <message>
        <source>用U盘交换：</source>
        <translation>Exchange by USB stick:</translation>
    </message>
    <message>
        <source>已吊销报到台 {0}：同步后其他报到台也不再接受它此后的操作。</source>
        <translation>Desk {0} is revoked: once synced, the other desks no longer accept its later operations.</translation>
    </message>
    <message>
        <source>导出同步文件到</source>
        <translation>Export the sync file to</translation>
    </message>
    <message>
        <source>同步文件 (*.hwsync)</source>
        <translation>Sync files (*.hwsync)</translation>
    </message>
    <message>
        <source>正在写入 {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <source>已写入并校验，可以拔出U盘。（{0}，{1} 条操作）</source>
        <translation>Written and verified: the USB stick can be removed. ({0}, {1} operations)</translation>
    </message>
    <message>
        <source>选择其他报到台的同步文件</source>
        <translation>Choose the other desks&apos; sync files</translation>
    </message>
    <message>
        <source>同步文件 (*.hwsync);;所有文件 (*)</source>
        <translation>Sync files (*.hwsync);;All files (*)</translation>
    </message>
    <message>
        <source>正在导入 {0} 个同步文件…</source>
        <translation>Importing {0} sync file(s)…</translation>
    </message>
    <message>
        <source>导入完成：新操作 {0} 条，未解决的冲突 {1} 个。</source>
        <translation>Imported: {0} new operations, {1} open conflicts.</translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>导入了 {0} 个同步文件（来自报到台 {1}）。</source>
        <translation>Imported {0} sync file(s) (from desk {1}).</translation>
    </message>
    <message>
        <source>新操作 {0} 条：</source>
        <translation>{0} new operations:</translation>
    </message>
    <message>
        <source>&#x3000;报到台 {0}：{1} 条</source>
        <translation>   desk {0}: {1}</translation>
    </message>
    <message>
        <source>没有新操作：这些内容本机都已经有了。</source>
        <translation>No new operations: this desk already had all of it.</translation>
    </message>
    <message>
        <source>已有（未重复导入）：{0} 条</source>
        <translation>Already known (not imported again): {0}</translation>
    </message>
    <message>
        <source>{0} 条操作缺少前面的操作，先保存着，等收到其他报到台的文件后补上。</source>
        <translation>{0} operations miss earlier ones; they are kept and applied when the other desks’ files arrive.</translation>
    </message>
    <message>
        <source>冲突：新出现 {0} 个，已解决 {1} 个，未解决共 {2} 个。</source>
        <translation>Conflicts: {0} new, {1} resolved, {2} open in all.</translation>
    </message>
    <message>
        <source>新冲突：{0}</source>
        <translation>New conflicts: {0}</translation>
    </message>
    <message>
        <source>有未解决的冲突，请到“冲突”页处理。</source>
        <translation>There are open conflicts: please settle them on the Conflicts page.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>查看冲突</source>
        <translation>Show conflicts</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>已有操作</source>
        <translation>Operations held</translation>
    </message>
    <message>
        <source>上次收到它的文件</source>
        <translation>Its file last received</translation>
    </message>
    <message>
        <source>它还缺</source>
        <translation>It still lacks</translation>
    </message>
    <message>
        <source>各报到台的数据指纹相同，说明数据完全一致。表中“它还缺”是对方还没收到的操作。</source>
        <translation>Desks with the same data fingerprint hold exactly the same data. “It still lacks” counts the operations that desk has not received yet.</translation>
    </message>
    <message>
        <source>本机时钟比其他报到台慢了约 {0} 分钟。请把电脑时间校准后再办理，否则报到和收费的时间顺序会显示错误。</source>
        <translation>This desk&apos;s clock is about {0} minutes behind the other desks. Set the computer&apos;s time right before going on, or check-ins and payments will show in the wrong order.</translation>
    </message>
    <message>
        <source>本机时钟比多数报到台快了约 {0} 分钟。请把电脑时间校准后再办理，否则报到和收费的时间顺序会显示错误。</source>
        <translation>This desk&apos;s clock is about {0} minutes ahead of most desks. Set the computer&apos;s time right before going on, or check-ins and payments will show in the wrong order.</translation>
    </message>
    <message>
        <source>报到台 {0} 的时钟与本机相差约 {1} 分钟，请核对哪一台的时间不对。</source>
        <translation>Desk {0}&apos;s clock differs from this desk&apos;s by about {1} minutes; check which one is wrong.</translation>
    </message>
    <message>
        <source>报到台 {0} 的时钟比多数报到台快了约 {1} 分钟，请让它校准时间。</source>
        <translation>Desk {0}&apos;s clock is about {1} minutes ahead of most desks; have its time set right.</translation>
    </message>
    <message>
        <source>报到台 {0} 的时钟比多数报到台慢了约 {1} 分钟，请让它校准时间。</source>
        <translation>Desk {0}&apos;s clock is about {1} minutes behind most desks; have its time set right.</translation>
    </message>
    <message>
        <source>完整性警报：报到台 {0} 有两份不同的历史（自第 {1} 条操作起），可能是它的会议文件被复制后两处都在使用。请主管用下方的“吊销报到台…”吊销它，再让它重新加入。</source>
        <translation>Integrity alarm: desk {0} has two different histories (from operation {1} on); its event file was probably copied and used in two places. A supervisor should revoke it with “Revoke desk…” below, then let it join again.</translation>
    </message>
    <message>
        <source>已吊销的报到台：{0}。</source>
        <translation>Revoked desks: {0}.</translation>
    </message>
    <message>
        <source>报到台 {0} 的操作没有签名（旧版本）：请把所有报到台升级到同一版本。</source>
        <translation>Desk {0} does not sign its operations (an older version): please upgrade every desk to the same version.</translation>
    </message>
    <message>
        <source>本机报到台 {0} · 数据指纹 {1}</source>
        <translation>This desk {0} · data fingerprint {1}</translation>
    </message>
    <message>
        <source>{0}（本机）</source>
        <translation>{0} (this desk)</translation>
    </message>
    <message>
        <source>未直接收到</source>
        <translation>not received directly</translation>
    </message>
    <message>
        <source>{0} 条</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>不缺（已同步）</source>
        <translation>nothing (in sync)</translation>
    </message>
    <message>
        <source>{0} 条操作在等前面缺的操作，收到其他报到台的文件后自动补上。</source>
        <translation>{0} operations wait for earlier ones that are missing; they are applied when the other desks’ files arrive.</translation>
    </message>
    <message>
        <source>没有等待中的操作。</source>
        <translation>No operations waiting.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>{0}：列和表头</source>
        <translation>{0}: columns and headers</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>表头标题</source>
        <translation>Header title</translation>
    </message>
    <message>
        <source>固定内容</source>
        <translation>Fixed text</translation>
    </message>
    <message>
        <source>添加 →(&amp;A)</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>← 移除(&amp;R)</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>在右侧表格中按 Ctrl+↑</source>
        <translation>Ctrl+↑ in the table on the right</translation>
    </message>
    <message>
        <source>下移(&amp;D)</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>在右侧表格中按 Ctrl+↓</source>
        <translation>Ctrl+↓ in the table on the right</translation>
    </message>
    <message>
        <source>只列出已报到的人员</source>
        <translation>Only people who have checked in</translation>
    </message>
    <message>
        <source>只列出需要学分的人员</source>
        <translation>Only people who want credits</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore the default</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>可选的列</source>
        <translation>Available columns</translation>
    </message>
    <message>
        <source>导出的列（从上到下即从左到右）</source>
        <translation>Exported columns (top to bottom = left to right)</translation>
    </message>
    <message>
        <source>表头标题可以改成组织方要求的写法（回车或双击修改）。“学分类别”“自定义”两列每行都填同一段固定内容，例如“国家级Ⅰ类 6 分”。</source>
        <translation>Header titles can be written the way the organizer wants (Enter or double-click to edit). The “credit class” and “custom” columns put the same fixed text on every line, e.g. “国家级Ⅰ类 6 分”.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>标志图片…</source>
        <translation>Logo image…</translation>
    </message>
    <message>
        <source>显示此项</source>
        <translation>Show this element</translation>
    </message>
    <message>
        <source>粗体</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>居中</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>靠左</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>靠右</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>色带</source>
        <translation>Colour band</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>二维码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>标志</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>模板名称(&amp;N)</source>
        <translation>Template &amp;name</translation>
    </message>
    <message>
        <source>宽 × 高</source>
        <translation>Width × height</translation>
    </message>
    <message>
        <source>元素(&amp;F)</source>
        <translation>Element (&amp;F)</translation>
    </message>
    <message>
        <source>左</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>上</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>宽</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>最大字号</source>
        <translation>Largest type size</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>样式</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>元素的位置和字号（毫米，从左上角量起）</source>
        <translation>Element position and type size (mm from the top-left corner)</translation>
    </message>
    <message>
        <source>标志图片</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>留空用示例；输入编号后回车</source>
        <translation>Empty: a sample; or type a code and press Enter</translation>
    </message>
    <message>
        <source>保存并用于此类别(&amp;S)</source>
        <translation>&amp;Save and use for this category</translation>
    </message>
    <message>
        <source>参会类别(&amp;K)</source>
        <translation>Category (&amp;K)</translation>
    </message>
    <message>
        <source>证件模板(&amp;M)</source>
        <translation>Te&amp;mplate</translation>
    </message>
    <message>
        <source>预览人员编号(&amp;P)</source>
        <translation>&amp;Preview attendee code</translation>
    </message>
    <message>
        <source>姓名过长时自动缩小字号；单位最多折成所设行数。预览按打印机的方式排版。</source>
        <translation>A long name is shrunk to fit; the unit wraps to at most the lines set. The preview is laid out as the printer will print it.</translation>
    </message>
    <message>
        <source>（没有类别）</source>
        <translation>(no categories)</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>{0}{1} · {2:g} × {3:g} mm · 预览：{4}</source>
        <translation>{0}{1} · {2:g} × {3:g} mm · preview: {4}</translation>
    </message>
    <message>
        <source>（未保存）</source>
        <translation> (not saved)</translation>
    </message>
    <message>
        <source>请先选择参会类别。</source>
        <translation>Please choose a category first.</translation>
    </message>
    <message>
        <source>“{0}”已在使用这个模板。</source>
        <translation>“{0}” already uses this template.</translation>
    </message>
    <message>
        <source>“{0}”的证件改用“{1}”。</source>
        <translation>“{0}” badges now use “{1}”.</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>已保存模板“{0}”，“{1}”的证件用它打印。</source>
        <translation>Template “{0}” saved; “{1}” badges print with it.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废收据（需主管批准）</source>
        <translation>Void a receipt (supervisor approval)</translation>
    </message>
    <message>
        <source>金额录错</source>
        <translation>Wrong amount entered</translation>
    </message>
    <message>
        <source>方式选错</source>
        <translation>Wrong method chosen</translation>
    </message>
    <message>
        <source>人员选错</source>
        <translation>Wrong person chosen</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for the void</translation>
    </message>
    <message>
        <source>批准的主管</source>
        <translation>Approving supervisor</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>作废只用于录错、实际没有收到钱的一笔；已收的钱请用退款。作废的收据仍保留在记录中，并打印作废凭证。</source>
        <translation>Void only a payment entered by mistake where no money was received; money received is refunded instead. A voided receipt stays in the records and a void slip is printed.</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>请填写作废原因。</source>
        <translation>Give a reason for the void.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>现场注册</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <source>现场注册：新来的参会人员</source>
        <translation>Walk-in registration: a new attendee</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>带 * 的必须填写。回车登记，Esc 取消。</source>
        <translation>Fields with * are required. Enter registers, Esc cancels.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>可能已经登记过：{0}。如确认是另一个人，请再按回车登记；否则按 Esc 返回，在报到台搜索此人。</source>
        <translation>Possibly registered already: {0}. If this is someone else, press Enter again to register; otherwise press Esc and search for the person at the desk.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>仍然登记</source>
        <translation>Register anyway</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <source>保存报告…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>停止导入</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>新建会议…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>打开会议…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <source>打开演示会议</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <source>加入会议…</source>
        <translation>Join event…</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>关闭会议</source>
        <translation>Close event</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>切换操作员…</source>
        <translation>Change operator…</translation>
    </message>
    <message>
        <source>开班…</source>
        <translation>Open shift…</translation>
    </message>
    <message>
        <source>交班（盲点）…</source>
        <translation>Close shift (blind count)…</translation>
    </message>
    <message>
        <source>回车一步完成（报到并发资料）</source>
        <translation>Enter completes in one step (check in and hand out)</translation>
    </message>
    <message>
        <source>门口模式…</source>
        <translation>Door mode…</translation>
    </message>
    <message>
        <source>会议(&amp;F)</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <source>报到(&amp;D)</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>页面(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>选项(&amp;O)</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>界面语言 (Language)</source>
        <translation>Language (界面语言)</translation>
    </message>
</context>
<context>
    <name>approval</name>
    <message>
        <source>本会议没有主管操作员，请先添加主管。</source>
        <translation>This event has no supervisor; add one first.</translation>
    </message>
    <message>
        <source>请主管输入自己的 PIN。</source>
        <translation>The supervisor types their own PIN.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>重复收费</source>
        <translation>Double payment</translation>
    </message>
    <message>
        <source>房间超员</source>
        <translation>Room overbooked</translation>
    </message>
    <message>
        <source>一人两床</source>
        <translation>Two beds for one person</translation>
    </message>
    <message>
        <source>疑似同一人</source>
        <translation>Possibly one person</translation>
    </message>
    <message>
        <source>重复报到</source>
        <translation>Repeated check-in</translation>
    </message>
    <message>
        <source>同时修改</source>
        <translation>Edited at the same time</translation>
    </message>
    <message>
        <source>超额领取</source>
        <translation>More than entitled</translation>
    </message>
    <message>
        <source>收款记录矛盾</source>
        <translation>Payment records disagree</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>参会类别</source>
        <translation>category</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>报到台 {0}</source>
        <translation>desk {0}</translation>
    </message>
    <message>
        <source>{0} 收费 {1} 次，共 {2}</source>
        <translation>{0} paid {1} times, {2} in all</translation>
    </message>
    <message>
        <source>{0} 房间：{1} 张床排了 {2} 人</source>
        <translation>Room {0}: {2} people for {1} bed(s)</translation>
    </message>
    <message>
        <source>{0} 同一晚排了两个房间：{1}</source>
        <translation>{0} has two rooms on the same night: {1}</translation>
    </message>
    <message>
        <source>身份证号相同：{0}</source>
        <translation>Same ID number: {0}</translation>
    </message>
    <message>
        <source>手机号相同：{0}</source>
        <translation>Same mobile number: {0}</translation>
    </message>
    <message>
        <source>{0} 在 {1} 各报到一次</source>
        <translation>{0} checked in at {1}</translation>
    </message>
    <message>
        <source>{0} 的“{1}”被同时改成不同的值</source>
        <translation>{0}: “{1}” was changed to different values at the same time</translation>
    </message>
    <message>
        <source>{0} 收据 {1}：{2}</source>
        <translation>{0}, receipt {1}: {2}</translation>
    </message>
    <message>
        <source>退款超过收款</source>
        <translation>refunded more than was paid</translation>
    </message>
    <message>
        <source>已作废的收款又有退款</source>
        <translation>a voided payment was refunded</translation>
    </message>
    <message>
        <source>作废了两次</source>
        <translation>voided twice</translation>
    </message>
    <message>
        <source>已报到</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>未报到</source>
        <translation>not checked in</translation>
    </message>
    <message>
        <source>已收 {0}</source>
        <translation>paid {0}</translation>
    </message>
    <message>
        <source>住 {0}</source>
        <translation>room {0}</translation>
    </message>
    <message>
        <source>收据 {0}：{1} {2} — {3}</source>
        <translation>Receipt {0}: {1} {2} — {3}</translation>
    </message>
    <message>
        <source>同一笔费用收了两次。请主管确认后退还其中一笔（会生成退款收据）。</source>
        <translation>The same fee was taken twice. With a supervisor, refund one of the payments (a refund receipt is issued).</translation>
    </message>
    <message>
        <source>{0} {1}（{2}，{3} 张床）</source>
        <translation>{0} {1} ({2}, {3} bed(s))</translation>
    </message>
    <message>
        <source>超员的晚上：{0}</source>
        <translation>Overbooked nights: {0}</translation>
    </message>
    <message>
        <source>（暂时保留）</source>
        <translation> (keeps the bed for now)</translation>
    </message>
    <message>
        <source>（需调出）</source>
        <translation> (to move)</translation>
    </message>
    <message>
        <source>{0} 排入 — {1}{2}</source>
        <translation>{0} assigned — {1}{2}</translation>
    </message>
    <message>
        <source>先排入的人暂时保留床位。请把需调出的人换到其他房间。</source>
        <translation>Whoever was assigned first keeps the bed for now. Please move the others to another room.</translation>
    </message>
    <message>
        <source>{0} {1} 排入 — {2}</source>
        <translation>{0} {1} given — {2}</translation>
    </message>
    <message>
        <source>先排的床位 {0} 暂时保留。请“换房”到保留的房间，退回另一张床。</source>
        <translation>The bed given first ({0}) is kept for now. Move the person into the room to keep and give the other bed back.</translation>
    </message>
    <message>
        <source>如果是同一个人，请合并为一条记录；如果不是，选择“保留两人”。</source>
        <translation>If this is one person, merge the records; if not, choose “keep both”.</translation>
    </message>
    <message>
        <source>第 {0} 次报到：{1}</source>
        <translation>Check-in {0}: {1}</translation>
    </message>
    <message>
        <source>两台报到台都为此人办理了报到。确认证件和资料只发了一份后，点“已核实”。</source>
        <translation>Two desks checked this person in. Once you have made sure only one badge and one set of materials were given, choose “Checked”.</translation>
    </message>
    <message>
        <source>“{0}” — {1}</source>
        <translation>“{0}” — {1}</translation>
    </message>
    <message>
        <source>现在显示：“{0}”。请选择要保留的值。</source>
        <translation>Shown now: “{0}”. Please choose the value to keep.</translation>
    </message>
    <message>
        <source>收据 {0}：收款 {1}，已退 {2} — {3}</source>
        <translation>Receipt {0}: paid {1}, refunded {2} — {3}</translation>
    </message>
    <message>
        <source>{0}。两台报到台离线时各自操作，或有伪造的操作。请主管核对实际收退的钱后确认。</source>
        <translation>{0}. Two desks acted offline, or an operation was forged. A supervisor checks the money actually taken and refunded, then confirms.</translation>
    </message>
</context>
<context>
    <name>desk_keys</name>
    <message>
        <source>报到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>发资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>排房</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>现场注册</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>会议文件保存到</source>
        <translation>Save the event file to</translation>
    </message>
    <message>
        <source>会议文件 (*.huiwu)</source>
        <translation>Event files (*.huiwu)</translation>
    </message>
</context>
<context>
    <name>doors</name>
    <message>
        <source>门口模式</source>
        <translation>Door mode</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>会议文件</source>
        <translation>Event file</translation>
    </message>
    <message>
        <source>同步文件</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>{0} 文件</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <source>位置：</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>文件类型：</source>
        <translation>Files of type:</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银联卡</source>
        <translation>UnionPay card</translation>
    </message>
    <message>
        <source>汇款已到账</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>签单/统一结算</source>
        <translation>Bill to unit</translation>
    </message>
    <message>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>汇款</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>签单</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>部分缴费</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <source>待缴费</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已排房</source>
        <translation>Room assigned</translation>
    </message>
    <message>
        <source>需排房</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>不住宿</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>标间</source>
        <translation>Twin</translation>
    </message>
    <message>
        <source>大床</source>
        <translation>King</translation>
    </message>
    <message>
        <source>单人间</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>套房</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>预报名</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>现场注册</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>同住人 {0} 在此房间</source>
        <translation>roommate {0} is in this room</translation>
    </message>
    <message>
        <source>单住</source>
        <translation>single</translation>
    </message>
    <message>
        <source>单住（标间）</source>
        <translation>single (twin room)</translation>
    </message>
    <message>
        <source>同性别拼房</source>
        <translation>shared, same gender</translation>
    </message>
    <message>
        <source>空标间</source>
        <translation>empty twin</translation>
    </message>
    <message>
        <source>空房</source>
        <translation>empty room</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>出现意外错误，操作没有完成。详情已写入日志。</source>
        <translation>Something unexpected went wrong; the operation was not completed. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>排房</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>证件与打印</source>
        <translation>Badges &amp; printing</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>payment</name>
    <message>
        <source>可不填；填了显示找零</source>
        <translation>Optional; shows the change when filled in</translation>
    </message>
    <message>
        <source>实收现金（元）</source>
        <translation>Cash tendered (yuan)</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>还差 {0}</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>交易单号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <source>姓名和电话</source>
        <translation>Name and phone</translation>
    </message>
    <message>
        <source>签单单位</source>
        <translation>Bill to (unit)</translation>
    </message>
    <message>
        <source>单位联系人</source>
        <translation>Unit contact</translation>
    </message>
    <message>
        <source>需要发票时填写单位名称或个人姓名</source>
        <translation>For an invoice: the unit&apos;s name or the person&apos;s name</translation>
    </message>
    <message>
        <source>普票（增值税普通发票）</source>
        <translation>Normal VAT invoice (普票)</translation>
    </message>
    <message>
        <source>专票（增值税专用发票）</source>
        <translation>Special VAT invoice (专票)</translation>
    </message>
    <message>
        <source>纳税人识别号，个人可不填</source>
        <translation>Taxpayer ID; optional for a person</translation>
    </message>
    <message>
        <source>电子发票发到此手机或邮箱</source>
        <translation>The e-invoice goes to this phone or email</translation>
    </message>
    <message>
        <source>发票抬头</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <source>发票类型</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>税号</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>地址、电话</source>
        <translation>Address, phone</translation>
    </message>
    <message>
        <source>开户行及账号</source>
        <translation>Bank and account</translation>
    </message>
    <message>
        <source>开票内容</source>
        <translation>Invoice content</translation>
    </message>
    <message>
        <source>手机或邮箱</source>
        <translation>Phone or email</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>等待打印</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>正在打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>证件打印机</source>
        <translation>Badge printer</translation>
    </message>
    <message>
        <source>收据打印机</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>横版 90×54 mm</source>
        <translation>Landscape 90×54 mm</translation>
    </message>
    <message>
        <source>竖版 70×100 mm</source>
        <translation>Portrait 70×100 mm</translation>
    </message>
    <message>
        <source>80 mm 热敏纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>测试页没有打印：打印机未连接或无法访问（{0}）。请检查电源、连线和地址。</source>
        <translation>The test page did not print: the printer is not connected or cannot be reached ({0}). Check its power, cable and address.</translation>
    </message>
    <message>
        <source>测试页没有打印：打印机 {0} 拒绝或中断了打印（{1}）。</source>
        <translation>The test page did not print: the printer {0} refused or interrupted it ({1}).</translation>
    </message>
</context>
<context>
    <name>scanner_bursts</name>
    <message>
        <source>请先完成或取消当前操作。刚扫的 {0} 将在关闭此窗口后查找。</source>
        <translation>Finish or cancel this first. The code just scanned, {0}, is looked up when this window closes.</translation>
    </message>
</context>
<context>
    <name>sheet_labels</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓 (Last name)</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>名 (First name)</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>参会类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>是否住宿</source>
        <translation>Needs a room</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>离店日期</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>住房要求</source>
        <translation>Room preference</translation>
    </message>
    <message>
        <source>同住人</source>
        <translation>Roommate</translation>
    </message>
    <message>
        <source>是否需要学分</source>
        <translation>Wants credits</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>序号（不导入）</source>
        <translation>Row number (not imported)</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>全部名单</source>
        <translation>Full roster</translation>
    </message>
    <message>
        <source>学分名单</source>
        <translation>Credits list</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>Contact directory</translation>
    </message>
    <message>
        <source>分房表</source>
        <translation>Rooming list</translation>
    </message>
    <message>
        <source>收费明细</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>资料发放</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>未报到名单</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>开票申请</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>签单结算</source>
        <translation>Bill-to settlement</translation>
    </message>
    <message>
        <source>交班记录</source>
        <translation>Shift closes</translation>
    </message>
    <message>
        <source>酒店用房</source>
        <translation>Hotel room nights</translation>
    </message>
    <message>
        <source>文件清退</source>
        <translation>Document returns</translation>
    </message>
    <message>
        <source>用餐统计</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>出勤统计</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>所有参会人员，一人一行，全部字段：报到、收费、住宿情况一并列出。</source>
        <translation>Every attendee, one per line, with every field, check-in, fees and accommodation included.</translation>
    </message>
    <message>
        <source>学分证名单：默认为已报到且需要学分的人员。列、顺序和表头可按组织方的要求调整。</source>
        <translation>The credit-certificate list: by default those who have checked in and want credits. Columns, order and headers can follow the organizer&apos;s layout.</translation>
    </message>
    <message>
        <source>通讯录：姓名、单位、职称、手机、邮箱，专家和会务组人员有标注。列可以调整。</source>
        <translation>The contact directory: name, organization, title, mobile, email; experts and staff are marked. Columns can be changed.</translation>
    </message>
    <message>
        <source>按酒店和日期列出房间、房型、入住人员和入住/离店日期，发给酒店。</source>
        <translation>Per hotel and night: room, type, occupants, arrival and departure — for the hotel.</translation>
    </message>
    <message>
        <source>每一笔收费和退费：收据号、时间、报到台、操作员、金额；另一张表按方式和报到台汇总。</source>
        <translation>Every payment and refund: receipt number, time, desk, operator, amount; a second sheet totals them by method and by desk.</translation>
    </message>
    <message>
        <source>每种资料的库存、已发、已退和剩余，以及按参会类别的发放情况。</source>
        <translation>Per item: stock, handed out, returned and remaining, and what each category received.</translation>
    </message>
    <message>
        <source>尚未报到的人员：姓名、单位、类别、手机——用于电话联系。</source>
        <translation>Who has not checked in yet: name, organization, category, mobile — the call list.</translation>
    </message>
    <message>
        <source>每一笔要发票且未作废的收费：发票类型、抬头、税号、专票信息、开票内容、接收电话或邮箱，供财务开票；另一张表按抬头汇总。</source>
        <translation>Every payment not voided that asked for an invoice: type, title, tax number, special-invoice details, content, phone or email to send it to, for finance to issue; a second sheet totals by title.</translation>
    </message>
    <message>
        <source>签单/统一结算：每一笔签单，再按单位汇总人员、联系人和应结金额。</source>
        <translation>Bill to unit: every billed payment, then per unit the people, the contact and the amount to settle.</translation>
    </message>
    <message>
        <source>每个班次：备用金、首末收据、收款、退款、作废、发票，按方式的应有、实点和差额及原因。</source>
        <translation>Every shift: float, first and last receipt, payments, refunds, voids, invoices, and per method expected, counted, difference and reason.</translation>
    </message>
    <message>
        <source>需清退的文件：谁还没有退回、手机号，以及每份文件的已发、已退和未退。</source>
        <translation>Documents to be returned: who still holds them, with phones, and per document issued, returned and outstanding.</translation>
    </message>
    <message>
        <source>酒店结算用：每家酒店每晚按房型的用房数、单住、机动房已用和未用、空房、空床、入住人数；另一张表是各酒店的间夜合计。</source>
        <translation>For the hotel&apos;s bill: per hotel and night, rooms used by type, rooms with one person, spare rooms used and held, empty rooms, free beds, guests; a second sheet gives each hotel&apos;s room nights.</translation>
    </message>
    <message>
        <source>给餐厅：每个餐次的就餐人数，会务组单列，重复放行和拒绝的次数；另一张表按参会类别。</source>
        <translation>For the caterer: guests per sitting, staff apart, repeats let through and refusals; a second sheet per category.</translation>
    </message>
    <message>
        <source>每个会场和学分课题的入场人数和扫码次数；另一张表是每人的首次入场和最后一次时间。</source>
        <translation>Per hall and credit topic: people admitted and scans; a second sheet with each person&apos;s first and last scan.</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>身份（专家、会务组）</source>
        <translation>Role (expert, staff)</translation>
    </message>
    <message>
        <source>报到时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>报到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>学分类别（固定内容）</source>
        <translation>Credit class (fixed text)</translation>
    </message>
    <message>
        <source>自定义（固定内容）</source>
        <translation>Custom (fixed text)</translation>
    </message>
    <message>
        <source>只列出已报到且需要学分的人员。</source>
        <translation>Only people who have checked in and want credits.</translation>
    </message>
    <message>
        <source>只列出已报到的人员。</source>
        <translation>Only people who have checked in.</translation>
    </message>
    <message>
        <source>只列出需要学分的人员。</source>
        <translation>Only people who want credits.</translation>
    </message>
    <message>
        <source>列出全部人员。</source>
        <translation>Everyone.</translation>
    </message>
    <message>
        <source>列：{0}
{1}</source>
        <translation>Columns: {0}
{1}</translation>
    </message>
</context>
</TS>
