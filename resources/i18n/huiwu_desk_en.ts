<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>DeskPage</name>
    <message>
        <source>扫描二维码或输入编号，按回车报到</source>
        <translation>Scan the QR code or type the code, then press Enter to check in</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Esc 清空输入</source>
        <translation>Esc clears the field</translation>
    </message>
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
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>点击切换操作员</source>
        <translation>Click to change the operator</translation>
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
        <source>已报到 {0} / 总数 {1}</source>
        <translation>Checked in {0} / total {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>会务报到台</source>
        <translation>Huiwu Desk</translation>
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
        <source>切换操作员</source>
        <translation>Change operator</translation>
    </message>
    <message>
        <source>当前操作员</source>
        <translation>Operator at this desk</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>此功能将在后续版本中提供。</source>
        <translation>Coming in a later version.</translation>
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
        <source>会议(&amp;F)</source>
        <translation>&amp;Event</translation>
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
        <source>证件</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
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
</TS>
